// TrackStack: track's sparklines and yearly bars as text; the one table behind both in the data formats.
import Rendering

/// The sparklines and the yearly bars as text; the one table behind both in the data formats.
struct TrackStack: Renderable {
    let parts: [any Renderable]
    let data: DataTable
    func render(in context: RenderContext) -> String {
        context.format == .table ? parts.map { $0.render(in: context) }.joined(separator: "\n") : data.render(in: context)
    }
}
