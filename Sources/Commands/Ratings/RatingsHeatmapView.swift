// RatingsHeatmapView: the ratings heatmap, built when rendered so its dots and dashes follow the charset.
import Analysis
import Inspections
import Rendering

/// The heatmap is built when rendered, so its dots and dashes follow the charset.
struct RatingsHeatmapView: Renderable {
    let reports: [InspectionReport]
    let filter: ReportFilter
    let order: MatrixOrder
    func render(in context: RenderContext) -> String {
        RatingsCharts.heatmap(reports, filter: filter, order: order, ascii: context.charset == .ascii).render(in: context)
    }
}
