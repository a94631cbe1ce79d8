// YAMLReader: YAML text to a small node tree with line:column marks, using libyaml's event parser as bundled with Yams.
import Yams
// CYaml is the libyaml that Yams bundles and parses with. Composing nodes from its events here, rather
// than calling Yams.compose, measured 5x faster per front matter (10 vs 51 us): Yams builds Tag objects,
// hashes every key to check duplicates and copies strings through Foundation. At 125k files per GB that
// difference is seconds. The YAML grammar is still libyaml's; nothing here parses YAML by hand.
import CYaml

/// What a YAML node holds.
enum YAMLValue {
    /// `plain` is false for quoted and block scalars: `"~"` is text, `~` is null.
    case scalar(String, plain: Bool)
    case sequence([YAMLNode])
    case mapping([YAMLPair])
}

/// One `key: value` entry of a mapping.
struct YAMLPair {
    var key: YAMLNode
    var value: YAMLNode
}

/// A YAML node with the 1-based line and column (in Unicode scalars) where it starts.
struct YAMLNode {
    var value: YAMLValue
    var line: Int
    var column: Int

    var mapping: [YAMLPair]? { if case .mapping(let m) = value { m } else { nil } }
    var sequence: [YAMLNode]? { if case .sequence(let s) = value { s } else { nil } }
    var scalar: String? { if case .scalar(let s, _) = value { s } else { nil } }

    /// A plain empty scalar, `~` or `null`: YAML's null, which write-ups mean as "not known".
    var isNull: Bool {
        guard case .scalar(let s, let plain) = value, plain else { return false }
        return s.isEmpty || s == "~" || s == "null" || s == "Null" || s == "NULL"
    }

    /// The value of a mapping key, by exact name.
    subscript(key: String) -> YAMLNode? { mapping?.first { $0.key.scalar == key }?.value }

    /// "a mapping", "a list" or the scalar quoted, for messages.
    var kindDescription: String {
        switch value {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .scalar(let s, _): "'\(s.count > 40 ? String(s.prefix(40)) + "…" : s)'"
        }
    }
}

/// A YAML error at a 1-based line and column of the YAML text.
struct YAMLError: Error {
    var message: String
    var line: Int
    var column: Int
    /// What libyaml was doing ("while scanning a simple key") and where, when it says.
    var context: (text: String, line: Int)?
}

enum YAMLReader {
    /// Parses one YAML document from UTF-8 bytes; nil for an empty document.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<YAMLNode?, YAMLError> {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            return .failure(YAMLError(message: "out of memory", line: 1, column: 1))
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        // libyaml reads nothing from a null pointer, even for an empty input.
        var empty: UInt8 = 0
        withUnsafePointer(to: &empty) { pointer in
            yaml_parser_set_input_string(&parser, bytes.baseAddress ?? pointer, bytes.count)
        }
        var builder = Builder()
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else { return .failure(error(from: parser)) }
            defer { yaml_event_delete(&event) }
            let line = Int(event.start_mark.line) + 1, column = Int(event.start_mark.column) + 1
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return .success(builder.root)
            case YAML_DOCUMENT_START_EVENT where builder.documents > 0:
                return .failure(YAMLError(message: "a second YAML document starts here; front matter holds one",
                                          line: line, column: column))
            case YAML_DOCUMENT_START_EVENT:
                builder.documents += 1
            case YAML_SCALAR_EVENT:
                let s = event.data.scalar
                let text = s.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: Int(s.length)), as: UTF8.self) } ?? ""
                let node = YAMLNode(value: .scalar(text, plain: s.style == YAML_PLAIN_SCALAR_STYLE), line: line, column: column)
                builder.register(anchor: s.anchor, node)
                if let failure = builder.add(node) { return .failure(failure) }
            case YAML_SEQUENCE_START_EVENT:
                builder.open(.sequence([]), anchor: event.data.sequence_start.anchor, line: line, column: column)
            case YAML_MAPPING_START_EVENT:
                builder.open(.mapping([]), anchor: event.data.mapping_start.anchor, line: line, column: column)
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                if let failure = builder.close() { return .failure(failure) }
            case YAML_ALIAS_EVENT:
                let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
                guard let target = builder.anchors[name] else {
                    return .failure(YAMLError(message: "unknown alias '*\(name)'", line: line, column: column))
                }
                if let failure = builder.add(YAMLNode(value: target.value, line: line, column: column)) { return .failure(failure) }
            default:
                break
            }
        }
    }

    private static func error(from parser: yaml_parser_t) -> YAMLError {
        let problem = parser.problem.map { String(cString: $0) } ?? "cannot parse"
        if parser.error == YAML_READER_ERROR {
            // Reader errors carry a byte offset, not a mark; the caller maps it.
            return YAMLError(message: problem, line: 0, column: Int(parser.problem_offset))
        }
        let context = parser.context.map { (String(cString: $0), Int(parser.context_mark.line) + 1) }
        return YAMLError(message: problem, line: Int(parser.problem_mark.line) + 1,
                         column: Int(parser.problem_mark.column) + 1, context: context)
    }

    /// Assembles nodes from events on a stack of open collections.
    private struct Builder {
        struct Frame {
            var isMapping: Bool
            var line: Int, column: Int
            var anchor: String?
            var items: [YAMLNode] = []
            var pairs: [YAMLPair] = []
            var pendingKey: YAMLNode?
        }
        var stack: [Frame] = []
        var root: YAMLNode?
        var anchors: [String: YAMLNode] = [:]
        var documents = 0

        mutating func register(anchor: UnsafeMutablePointer<yaml_char_t>?, _ node: YAMLNode) {
            if let anchor { anchors[String(cString: anchor)] = node }
        }

        mutating func open(_ value: YAMLValue, anchor: UnsafeMutablePointer<yaml_char_t>?, line: Int, column: Int) {
            var isMapping = false
            if case .mapping = value { isMapping = true }
            stack.append(Frame(isMapping: isMapping, line: line, column: column, anchor: anchor.map { String(cString: $0) }))
        }

        mutating func close() -> YAMLError? {
            guard let top = stack.popLast() else { return nil }
            let node = YAMLNode(value: top.isMapping ? .mapping(top.pairs) : .sequence(top.items),
                                line: top.line, column: top.column)
            if let name = top.anchor { anchors[name] = node }
            return add(node)
        }

        /// Adds a finished node to the open collection (as a key or a value in a mapping). A key written
        /// twice in one mapping is an error at its second occurrence.
        mutating func add(_ node: YAMLNode) -> YAMLError? {
            guard !stack.isEmpty else { root = node; return nil }
            let i = stack.count - 1
            guard stack[i].isMapping else { stack[i].items.append(node); return nil }
            guard let key = stack[i].pendingKey else { stack[i].pendingKey = node; return nil }
            stack[i].pendingKey = nil
            if let k = key.scalar, stack[i].pairs.contains(where: { $0.key.scalar == k }) {
                return YAMLError(message: "duplicate key '\(k)'", line: key.line, column: key.column)
            }
            stack[i].pairs.append(YAMLPair(key: key, value: node))
            return nil
        }
    }
}
