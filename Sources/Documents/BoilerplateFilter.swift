// BoilerplateFilter: the lines every saved page or post carries that are not its text (menus, cookie
// questions, share links, "Back to top"), recognised by their words.

public enum BoilerplateFilter {
    /// Blocks without page furniture; "(Back to top)" is cut from the end of headings.
    public static func clean(_ blocks: [Block]) -> [Block] {
        blocks.compactMap { block in
            var b = block
            b.text = stripBackToTop(b.text)
            if b.kind == .tableRow {
                b.cells = b.cells.map(stripBackToTop)
                if b.cells.allSatisfy({ $0.isEmpty }) { return nil }
                b.text = b.cells.joined(separator: " | ")
            }
            return b.text.isEmpty || isBoilerplate(b.text) ? nil : b
        }
    }

    static let menuWords: Set<String> = ["menu", "home", "search", "skip to content", "skip to main content",
                                         "main menu", "close", "open menu", "navigation", "print", "print this page",
                                         "email", "share", "share this", "share this page", "tweet", "previous post",
                                         "next post", "related posts", "leave a comment", "comments", "reply",
                                         "subscribe", "sign up", "contact us", "accessibility", "back to top",
                                         "(back to top)", "top", "hide this message", "accept", "reject",
                                         "accept additional cookies", "reject additional cookies", "view cookies",
                                         "cookie settings", "cookies", "about us", "about", "news", "publications",
                                         "twitter", "facebook", "linkedin", "x", "youtube", "instagram"]

    /// A whole block that is page furniture, not the document's text.
    public static func isBoilerplate(_ text: String) -> Bool {
        let t = text.lowercased().trimmingCharacters(in: .whitespacesAndNewlines)
        if menuWords.contains(t) { return true }
        if t.hasPrefix("share on ") || t.hasPrefix("share via ") || t.hasPrefix("share to ") || t.hasPrefix("click to share") { return true }
        if t.contains("cookie") && (t.contains("we use") || t.contains("are you ok") || t.contains("happy for us")
                                    || t.contains("accept") || t.contains("settings") || t.contains("essential")) { return true }
        if t.hasPrefix("skip to ") { return true }
        if t.hasPrefix("you are here:") || t.hasPrefix("breadcrumb") { return true }
        if t.hasPrefix("this site uses") || t.hasPrefix("this website uses") { return true }
        return false
    }

    static func isBackToTop(_ text: String) -> Bool {
        let t = text.lowercased().trimmingCharacters(in: ["(", ")", " ", "↑", "^"])
        return t == "back to top" || t == "return to top" || t == "top of page"
    }

    /// "Foreword (Back to top)" -> "Foreword".
    static func stripBackToTop(_ text: String) -> String {
        var t = text
        for tail in ["(Back to top)", "(back to top)", "Back to top", "back to top"] where t.hasSuffix(tail) {
            t = String(t.dropLast(tail.count))
            while t.last == " " { t.removeLast() }
        }
        return t
    }
}

