// ErrorMessageSitesTests: every message a user can see is asserted by some test, or listed below with the reason why not.
import Foundation
import XCTest

/// Lists the message sites in Sources (see MessageSite) and looks for each message in the tests: in a
/// string literal of a test or in a golden file. A new message without a test fails here, naming its file
/// and line. The lists below are the exceptions; an entry that is no longer needed fails too, so they
/// only shrink.
final class ErrorMessageSitesTests: XCTestCase {
    /// Messages no test can bring about, each with why. Keyed by the message's literal text, `…` for each
    /// interpolation (as the failure prints it).
    static let cannotBeTriggered: [String: String] = [
        "finding not in its section":
            "open looks a finding up among the findings of its own section, so it is always there: a guard, not a message",
        "chart needs something to draw":
            "the invocation parser rejects a missing query first ('chart needs a query'); an empty quoted query is a query",
        "collocates needs a word or phrase to look around":
            "the invocation parser rejects a missing query first ('collocates needs a query'); an empty quoted query is a query",
        "no corpus is loaded, and tags live beside one":
            "tag and untag act on findings, which only a loaded corpus has, and a loaded corpus always has a folder for its tags file",
        "the last result could not be listed again: …":
            "the last result keeps the corpus and the query that already ran on it, so running that query again cannot fail",
        "'…' is not a provider type":
            "every command's type option is a choice, checked by the invocation parser first ('… is not a value of type')",
    ]

    /// Hints no test can bring about, keyed by the hint's literal text, each with why.
    static let hintsCannotBeTriggered: [String: String] = [
        "e.g. chart dispersion \"risk of harm\"":
            "its guard is behind the invocation parser's own 'chart dispersion needs a query' (asserted), which comes first",
        "e.g. track \"through the gate\" by year":
            "its guard is behind the invocation parser's own 'track needs a query' (asserted), which comes first",
    ]

    /// Messages that have no test yet. Each should get one (then leave this list); the list may only shrink.
    /// These came with sets, scopes, tags, variables, foreach and drill-down.
    static let untested: Set<String> = []

    /// Hints that have no test yet, as `untested`.
    static let untestedHints: Set<String> = [
        "rows 1 to …: …, …, ...…",
    ]

    /// Files of this check itself: their literals are the lists above, not assertions.
    static let ownFiles: Set<String> = ["ErrorMessageSitesTests.swift", "MessageSites.swift", "SwiftText.swift"]

    static let root = Golden.repositoryRoot

    static func files(under folder: String, _ keep: (String) -> Bool) -> [String] {
        let base = root.appendingPathComponent(folder).path
        guard let walker = FileManager.default.enumerator(atPath: base) else { return [] }
        return walker.compactMap { $0 as? String }.filter(keep).sorted().map { folder + "/" + $0 }
    }

    static let sites: [MessageSite] = files(under: "Sources") { $0.hasSuffix(".swift") }.flatMap {
        MessageSite.sites(inFile: root.appendingPathComponent($0).path, named: $0)
    }

    /// Everything the tests assert, as text: test sources (Swift escapes undone) and golden files.
    static let evidence: String = files(under: "Tests") { path in
        !ownFiles.contains((path as NSString).lastPathComponent) && !path.hasSuffix(".pdf")
    }.compactMap { try? String(contentsOf: root.appendingPathComponent($0), encoding: .utf8) }
        .joined(separator: "\n")
        .replacingOccurrences(of: "\\\\", with: "\u{1}")
        .replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "\\'", with: "'")
        .replacingOccurrences(of: "\u{1}", with: "\\")

    /// A message with less literal text than this is another error's message passed on (`"\(error)"`).
    static let minimumLiteral = 6

    static let messages: [MessageSite] = sites.filter {
        $0.pieces.map { $0.trimmingCharacters(in: .whitespaces).count }.reduce(0, +) >= minimumLiteral
    }

    /// The messages some test asserts, worked out once: the pattern is tried on the lines around each
    /// occurrence of the message's longest literal piece, not on the whole evidence.
    static let asserted: Set<String> = Set(messages.filter { isFound($0.pieces, $0.pattern) }.map(\.description))

    static func isFound(_ pieces: [String], _ pattern: NSRegularExpression) -> Bool {
        let text = evidence as NSString
        let longest = pieces.max { $0.utf16.count < $1.utf16.count } ?? ""
        var from = 0
        while from < text.length {
            let at = text.range(of: longest, range: NSRange(location: from, length: text.length - from))
            guard at.location != NSNotFound else { return false }
            let window = text.lineRange(for: at)
            if pattern.firstMatch(in: evidence, range: window) != nil { return true }
            from = at.location + max(1, at.length)
        }
        return false
    }

    static func isAsserted(_ site: MessageSite) -> Bool { asserted.contains(site.description) }

    func testTheListingFindsTheKnownSites() {
        // If the reader of Sources breaks, every later check passes vacuously: pin a few sites of each kind.
        let texts = Set(Self.sites.map(\.text))
        for known in ["unknown command '…'", "--format needs one of: …, ", "'…' is not a year", "no owner '…'",
                      "encrypted PDF: it cannot be opened without a password", "an owner needs a 'name'",
                      "unknown provider type '…'"] {
            XCTAssertTrue(texts.contains(known), "the listing no longer finds \"\(known)\"")
        }
        XCTAssertGreaterThan(Self.messages.count, 120, "too few message sites found in Sources")
    }

    func testEveryMessageIsAssertedByATest() {
        var missing: [String] = []
        for site in Self.messages where !Self.isAsserted(site) {
            if Self.cannotBeTriggered[site.text] == nil && !Self.untested.contains(site.text) { missing.append(site.description) }
        }
        XCTAssertEqual(missing, [], "messages no test asserts: assert each one's text, location and hint in a test "
                       + "(or, if no test can bring it about, add it to cannotBeTriggered with the reason)")
    }

    func testHintsWrittenAtTheSiteAreAsserted() {
        var missing: [String] = []
        for site in Self.messages where Self.cannotBeTriggered[site.text] == nil && !Self.untested.contains(site.text) {
            let literal = site.hintPieces.map { $0.trimmingCharacters(in: .whitespaces).count }.reduce(0, +)
            guard literal >= Self.minimumLiteral, Self.hintsCannotBeTriggered[site.hintText] == nil,
                  !Self.untestedHints.contains(site.hintText), !Self.isFound(site.hintPieces, MessageSite.pattern(site.hintPieces)) else { continue }
            missing.append("\(site): hint \"\(site.hintText)\"")
        }
        XCTAssertEqual(missing, [], "hints no test asserts")
    }

    func testTheExceptionsAreStillNeeded() {
        let texts = Set(Self.messages.map(\.text))
        let hints = Set(Self.messages.map(\.hintText))
        for hint in Self.hintsCannotBeTriggered.keys.sorted() + Self.untestedHints.sorted() {
            XCTAssertTrue(hints.contains(hint), "hint \"\(hint)\" is listed as an exception but no site has it")
        }
        for text in Self.cannotBeTriggered.keys.sorted() + Self.untested.sorted() {
            XCTAssertTrue(texts.contains(text), "\"\(text)\" is listed as an exception but no message in Sources has that text")
        }
        for site in Self.messages where Self.isAsserted(site) && Self.untested.contains(site.text) {
            XCTAssertTrue(false, "\(site) now has a test: take it off the untested list")
        }
        for site in Self.messages where Self.untestedHints.contains(site.hintText)
            && Self.isFound(site.hintPieces, MessageSite.pattern(site.hintPieces)) {
            XCTAssertTrue(false, "\(site)'s hint now has a test: take it off the untested hints")
        }
    }
}
