// SearchCommandSet: the search commands (find, kwic, count, ...), listed for the catalog.

enum SearchCommandSet {
    static let all: [CommandSpec] = []
}
