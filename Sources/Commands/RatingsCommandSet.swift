// RatingsCommandSet: the ratings and chart commands (compare, league, chart, track), listed for the catalog.

enum RatingsCommandSet {
    static let all: [CommandSpec] = [CompareCommand.spec, LeagueCommand.spec, ChartCommand.spec, TrackCommand.spec]
}
