// HTMLWalker: libxml2's tree walked into blocks, leaving out what is not the page's main text.
import CLibXML2

struct HTMLWalker {
    var blocks: [Block] = []
    var title: String?
    var canonical: String?
    /// True when walking a `main`/`article` element rather than the whole body.
    var insideMain = false

    /// Elements never read: not text, or not the page's own text.
    static let skipped: Set<String> = ["script", "style", "noscript", "template", "nav", "form", "button", "select",
                                       "input", "textarea", "iframe", "svg", "canvas", "dialog", "menu", "object",
                                       "embed", "head", "aside", "footer", "label", "option"]
    static let blockTags: Set<String> = ["p", "div", "section", "article", "main", "header", "footer", "aside", "nav",
                                         "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr",
                                         "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "figure",
                                         "figcaption", "form", "fieldset", "address", "hr", "details", "summary",
                                         "center", "caption", "body", "html"]
    /// Words in a class, id or role that mark page furniture.
    static let furniture: Set<String> = ["cookie", "cookies", "consent", "breadcrumb", "breadcrumbs", "share", "sharing",
                                         "sharedaddy", "social", "skip", "skiplink", "nav", "navbar", "navigation", "menu",
                                         "sidebar", "related", "newsletter", "subscribe", "comments", "comment", "backtotop",
                                         "toplink", "masthead", "widget", "search", "contentinfo", "complementary"]

    // MARK: - Head

    mutating func collectHead(_ root: xmlNodePtr) {
        for node in Self.elements(under: root) {
            switch Self.name(node) {
            case "title" where title == nil: title = Self.collapse(Self.rawText(node))
            case "link" where Self.attribute(node, "rel")?.lowercased() == "canonical":
                canonical = canonical ?? Self.attribute(node, "href")
            case "meta" where Self.attribute(node, "property")?.lowercased() == "og:url":
                canonical = canonical ?? Self.attribute(node, "content")
            default: break
            }
        }
    }

    /// The page's main content: `main`, else `[role=main]`, else the only `article`, else nil (the body).
    static func mainContent(_ root: xmlNodePtr) -> xmlNodePtr? {
        let all = elements(under: root)
        if let main = all.first(where: { name($0) == "main" }) { return main }
        if let main = all.first(where: { attribute($0, "role")?.lowercased() == "main" }) { return main }
        let articles = all.filter { name($0) == "article" }
        if articles.count == 1 { return articles[0] }
        if let content = all.first(where: { ["content", "main-content", "maincontent"].contains(attribute($0, "id")?.lowercased() ?? "") }) {
            return content
        }
        return all.first { name($0) == "body" }
    }

    // MARK: - Body

    mutating func walk(_ node: xmlNodePtr, path: String) {
        var counters: [String: Int] = [:]
        var loose = ""                                   // inline text between block children
        var looseLine = Int(xmlGetLineNo(node))
        func flushLoose(_ me: inout HTMLWalker) {
            let t = Self.collapse(loose)
            if !t.isEmpty { me.blocks.append(.paragraph(t, at: BlockPosition(line: looseLine, path: path))) }
            loose = ""
        }
        var child = node.pointee.children
        while let c = child {
            defer { child = c.pointee.next }
            if c.pointee.type == XML_TEXT_NODE || c.pointee.type == XML_CDATA_SECTION_NODE {
                if Self.collapse(loose).isEmpty { looseLine = Int(xmlGetLineNo(c)) }
                loose += Self.content(c)
                continue
            }
            guard c.pointee.type == XML_ELEMENT_NODE else { continue }
            let tag = Self.name(c)
            counters[tag, default: 0] += 1
            let childPath = "\(path)/\(tag)[\(counters[tag]!)]"
            if Self.isFurniture(c, tag: tag) { continue }
            if !Self.blockTags.contains(tag) {
                if Self.collapse(loose).isEmpty { looseLine = Int(xmlGetLineNo(c)) }
                loose += Self.inlineText(c)
                continue
            }
            flushLoose(&self)
            let position = BlockPosition(line: Int(xmlGetLineNo(c)), path: childPath)
            switch tag {
            case "h1", "h2", "h3", "h4", "h5", "h6":
                let text = Self.collapse(Self.inlineText(c))
                if !text.isEmpty { blocks.append(.heading(text, level: Int(String(tag.last!))!, at: position)) }
            case "p", "dt", "dd", "pre", "figcaption", "caption", "address", "summary":
                if Self.hasBlockChildren(c) { walk(c, path: childPath); continue }
                let text = Self.collapse(Self.inlineText(c))
                if !text.isEmpty { blocks.append(.paragraph(text, at: position)) }
            case "li":
                let text = Self.collapse(Self.inlineText(c, stopAtBlocks: true))
                if !text.isEmpty { blocks.append(.listItem(text, at: position)) }
                walkNested(c, path: childPath)
            case "table":
                table(c, path: childPath)
            case "header" where !Self.elements(under: c).contains(where: { Self.name($0) == "h1" }):
                continue                                  // a page or section header without the title
            case "hr":
                continue
            default:
                if Self.hasBlockChildren(c) {
                    walk(c, path: childPath)
                } else {
                    let text = Self.collapse(Self.inlineText(c))
                    if !text.isEmpty { blocks.append(.paragraph(text, at: position)) }
                }
            }
        }
        flushLoose(&self)
    }

    /// Lists and other blocks inside a list item, each a block of its own.
    private mutating func walkNested(_ li: xmlNodePtr, path: String) {
        var child = li.pointee.children
        var counters: [String: Int] = [:]
        while let c = child {
            defer { child = c.pointee.next }
            guard c.pointee.type == XML_ELEMENT_NODE else { continue }
            let tag = Self.name(c)
            counters[tag, default: 0] += 1
            if Self.blockTags.contains(tag), !Self.isFurniture(c, tag: tag) {
                let wrapper = "\(path)/\(tag)[\(counters[tag]!)]"
                walk(c, path: wrapper)
            }
        }
    }

    private mutating func table(_ t: xmlNodePtr, path: String) {
        var rowIndex = 0
        for row in Self.elements(under: t) where Self.name(row) == "tr" {
            rowIndex += 1
            var cells: [String] = []
            var child = row.pointee.children
            while let c = child {
                defer { child = c.pointee.next }
                guard c.pointee.type == XML_ELEMENT_NODE, ["td", "th"].contains(Self.name(c)) else { continue }
                cells.append(Self.collapse(Self.inlineText(c)))
            }
            guard cells.contains(where: { !$0.isEmpty }) else { continue }
            blocks.append(.tableRow(cells, at: BlockPosition(line: Int(xmlGetLineNo(row)), path: "\(path)/tr[\(rowIndex)]")))
        }
    }

    // MARK: - Nodes

    static func name(_ node: xmlNodePtr) -> String {
        guard let n = node.pointee.name else { return "" }
        return String(cString: n).lowercased()
    }

    static func attribute(_ node: xmlNodePtr, _ key: String) -> String? {
        guard let value = xmlGetProp(node, key) else { return nil }
        defer { free(value) }
        return String(cString: value)
    }

    static func content(_ node: xmlNodePtr) -> String {
        guard let c = node.pointee.content else { return "" }
        return String(cString: c)
    }

    /// Every element below a node, in document order.
    static func elements(under node: xmlNodePtr) -> [xmlNodePtr] {
        var out: [xmlNodePtr] = []
        var stack: [xmlNodePtr] = []
        var child = node.pointee.children
        while let c = child { stack.append(c); child = c.pointee.next }
        stack.reverse()
        while let n = stack.popLast() {
            guard n.pointee.type == XML_ELEMENT_NODE else { continue }
            out.append(n)
            var kids: [xmlNodePtr] = []
            var k = n.pointee.children
            while let c = k { kids.append(c); k = c.pointee.next }
            stack += kids.reversed()
        }
        return out
    }

    static func hasBlockChildren(_ node: xmlNodePtr) -> Bool {
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE, blockTags.contains(name(c)) { return true }
            child = c.pointee.next
        }
        return false
    }

    /// Skipped elements, and elements whose class, id, role or label names page furniture.
    static func isFurniture(_ node: xmlNodePtr, tag: String) -> Bool {
        if skipped.contains(tag) { return true }
        if attribute(node, "hidden") != nil || attribute(node, "aria-hidden")?.lowercased() == "true" { return true }
        if let role = attribute(node, "role")?.lowercased(),
           ["navigation", "banner", "contentinfo", "search", "complementary", "dialog", "alertdialog"].contains(role) {
            return true
        }
        for key in ["class", "id", "aria-label"] {
            guard let value = attribute(node, key)?.lowercased() else { continue }
            let words = value.split(whereSeparator: { !$0.isLetter })
            if words.contains(where: { furniture.contains(String($0)) }) { return true }
        }
        return false
    }

    /// The text of a node and its inline descendants; with `stopAtBlocks`, nested block elements are left out.
    static func inlineText(_ node: xmlNodePtr, stopAtBlocks: Bool = false) -> String {
        var out = ""
        var child = node.pointee.children
        while let c = child {
            defer { child = c.pointee.next }
            switch c.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                out += content(c)
            case XML_ELEMENT_NODE:
                let tag = name(c)
                if isFurniture(c, tag: tag) { continue }
                if tag == "br" { out += " "; continue }
                if stopAtBlocks, blockTags.contains(tag) { continue }
                let inner = inlineText(c, stopAtBlocks: stopAtBlocks)
                if tag == "a", BoilerplateFilter.isBackToTop(collapse(inner)) { continue }
                out += blockTags.contains(tag) ? " \(inner) " : inner
            default:
                continue
            }
        }
        return out
    }

    static func rawText(_ node: xmlNodePtr) -> String {
        guard let t = xmlNodeGetContent(node) else { return "" }
        defer { free(t) }
        return String(cString: t)
    }

    static func collapse(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    static func path(of node: xmlNodePtr) -> String {
        var names: [String] = []
        var n: xmlNodePtr? = node
        while let cur = n, cur.pointee.type == XML_ELEMENT_NODE {
            let nm = name(cur)
            if nm == "html" { break }
            names.append(nm)
            n = cur.pointee.parent
        }
        return names.reversed().joined(separator: "/")
    }
}
