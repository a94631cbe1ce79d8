// DocumentError: why a file could not be read as a document, each with a message and a hint.

/// A file that is not a readable document. `message` and `hint` are what a user sees after "FILE: error:".
public enum DocumentError: Error, Sendable, Hashable {
    /// pdftotext or pdfinfo is not installed.
    case toolMissing(tool: String, package: String)
    /// The extraction ran over its time limit and was stopped.
    case timedOut(tool: String, seconds: Double)
    /// The PDF needs a password to open.
    case encrypted
    /// The PDF has pages but no text: a scan.
    case noTextLayer(pages: Int)
    /// The file ends before a PDF's end-of-file marker.
    case truncated
    /// The tool could not read the file; the first line it printed.
    case damaged(detail: String)
    /// A web page whose text is all navigation, banners and scripts.
    case noMainContent
    /// Over the size limit for documents.
    case tooLarge(size: Int, limit: Int)
    /// The bytes are not the format the name says, nor another that probe reads.
    case notADocument(expected: DocumentFormat?, found: String)
    /// The tool printed more than a document can hold.
    case outputTooLarge(limit: Int)
    /// Starting the tool failed.
    case cannotRun(tool: String, detail: String)
    /// The user interrupted the load while the tool ran; it was stopped.
    case cancelled

    public var message: String {
        switch self {
        case .toolMissing(let tool, let package):
            "cannot read PDF: \(tool) is not installed (Debian package \(package))"
        case .timedOut(let tool, let seconds):
            "\(tool) did not finish within \(Self.seconds(seconds)) and was stopped"
        case .encrypted:
            "encrypted PDF: it cannot be opened without a password"
        case .noTextLayer(let pages):
            "no text layer: run OCR first, for example ocrmypdf (\(pages) page\(pages == 1 ? "" : "s"), no text)"
        case .truncated:
            "truncated PDF: the file ends before the PDF's end-of-file marker (%%EOF)"
        case .damaged(let detail):
            "damaged PDF: \(detail)"
        case .noMainContent:
            "no main content: the page has no text outside navigation, banners, menus and scripts"
        case .tooLarge(let size, let limit):
            "document too large: \(Self.size(size)), over the \(Self.size(limit)) limit for PDF and web pages"
        case .notADocument(let expected, let found):
            (expected.map { "not a \($0 == .pdf ? "PDF" : $0 == .html ? "web page" : "text file"): " } ?? "not a document: ")
                + "the file holds \(found)"
        case .outputTooLarge(let limit):
            "extracted text over \(Self.size(limit)); the document is not read"
        case .cannotRun(let tool, let detail):
            "cannot run \(tool): \(detail)"
        case .cancelled:
            "not read: the load was interrupted"
        }
    }

    public var hint: String {
        switch self {
        case .toolMissing(_, let package):
            "install it: apt-get install \(package) (Scripts/setup does this)"
        case .timedOut:
            "the PDF may be very large or damaged; convert it by hand with 'pdftotext -layout FILE out.txt' and load the .txt"
        case .encrypted:
            "save an unprotected copy, e.g. 'qpdf --decrypt --password=PASSWORD FILE out.pdf', and load that"
        case .noTextLayer:
            "a scanned PDF holds pictures of pages: 'ocrmypdf FILE out.pdf' adds a text layer; then load out.pdf"
        case .truncated:
            "the copy is incomplete: download the report again"
        case .damaged:
            "download the report again, or open it in a PDF viewer and save a fresh copy"
        case .noMainContent:
            "save the page once it has loaded ('Save page as', complete), or copy the report's text into a .txt file"
        case .tooLarge:
            "an inspection report is rarely over a few MiB; extract the text with 'pdftotext -layout FILE out.txt' and load the .txt"
        case .notADocument:
            "probe reads PDF (.pdf), web pages (.html, .htm) and text (.md, .txt); save the document in one of these"
        case .outputTooLarge:
            "split the document, or extract the part you need as text"
        case .cannotRun:
            "check that the tool runs from a shell"
        case .cancelled:
            "load it again"
        }
    }

    static func size(_ n: Int) -> String {
        if n >= 1 << 20 {
            let v = Double(n) / Double(1 << 20)
            return v == v.rounded() ? "\(Int(v)) MiB" : "\((v * 10).rounded() / 10) MiB"
        }
        if n >= 1 << 10 { return "\(n >> 10) KiB" }
        return "\(n) bytes"
    }

    static func seconds(_ s: Double) -> String {
        s == s.rounded() ? "\(Int(s)) s" : "\(s) s"
    }
}
