// TagCommand: `tag ITEMS... TAG` — code findings with a tag, kept in a plain file beside the corpus.
import Rendering
import Workspace

enum TagCommand {
    static let spec = CommandSpec(
        name: "tag", aliases: ["code"], group: .workspace,
        summary: "Give findings a tag (a code such as assessment), kept between sessions in a file beside the corpus.",
        help: "ITEMS are numbers of the last find, kwic or lines (`3`, `5-8`), citation ids, or a query — `set:rh`, `$_`, "
            + "`tag:other`, or any search — meaning every finding it matches in the scope. TAG is " + WorkspaceName.rule
            + ", stored lower-case. Tags are written at once to CORPUS/.probe-tags.tsv (or the file $PROBE_TAGS names): "
            + "a header line, then one line per finding and tag, `citation<TAB>tag<TAB>text_hash<TAB>tagged_at`, sorted, "
            + "which a spreadsheet opens. The file is re-read before each change and replaced atomically, so a failed "
            + "write changes nothing. A tag stays with its finding while the finding's text is unchanged; after a "
            + "reload, tags whose finding changed or vanished are kept in the file but not applied, and `tags` lists "
            + "them. Use tags as `tag:NAME` in queries, `count ... by tag`, and in the tags column of every export of findings.",
        examples: ["tag 1 3 5-7 assessment", "tag hlny-crc-2019#case-supervision-5 management", "tag set:rh rosh", "tag $_ reviewed"],
        arguments: [ArgumentSpec("items", .query, display: "ITEMS... TAG")],
        run: { inv, session in
            let (refs, tag) = try TagCommand.read(inv, session)
            let added = try TagCommand.change(session) { $0.adding(tag, to: refs, at: session.workspace.now()) }
            let already = refs.count - added
            return Message("tagged " + SearchSupport.plural(refs.count, "finding") + " \(tag)"
                           + (already > 0 ? " (\(already) already had it)" : ""))
        })

    /// The findings and the tag of `tag ITEMS... TAG` (and `untag`).
    static func read(_ inv: Invocation, _ session: Session) throws -> ([FindingRef], String) {
        let words = inv.queryWords
        guard let tagWord = words.last, words.count >= 2 else {
            throw CommandError.usage("\(inv.spec.name) needs findings and a tag", hint: "e.g. \(inv.spec.name) 1 3 assessment, or \(inv.spec.name) set:rh assessment",
                                     at: inv.end)
        }
        guard let tag = WorkspaceName.normalized(tagWord.text) else {
            throw CommandError.usage("'\(tagWord.text)' cannot be a tag", hint: "a tag is " + WorkspaceName.rule, at: tagWord.range)
        }
        let refs = try FindingSelection.refs(Array(words.dropLast()), inv, session)
        guard !refs.isEmpty else {
            throw CommandError("no findings to \(inv.spec.name): the query matched none",
                               hint: "find shows what a query matches", at: words[0].range.lowerBound..<words[words.count - 2].range.upperBound)
        }
        return (refs, tag)
    }

    /// Applies a change to the tags file through the session's atomic writer, with errors a user can act on.
    static func change<T>(_ session: Session, _ body: (TagStore) -> (TagStore, T)) throws -> T {
        do {
            return try session.workspace.changeTags({ path, text in try session.writeFile(path, text, false) }, body)
        } catch TagFileError.noCorpus {
            throw CommandError("no corpus is loaded, and tags live beside one", hint: "load DIR first")
        } catch TagFileError.unreadable(let why) {
            throw CommandError("the tags file cannot be read: \(why)", hint: "check its permissions; nothing was changed")
        } catch let e as CommandError {
            throw e
        } catch {
            throw CommandError("could not write the tags file: \(error)",
                               hint: "nothing was changed; PROBE_TAGS=FILE keeps tags elsewhere when the corpus folder is read-only")
        }
    }
}
