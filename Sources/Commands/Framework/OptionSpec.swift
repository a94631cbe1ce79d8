// OptionSpec: a keyword option written as NAME VALUE (`limit 20`, `sort date`, `by owner`), as CQP and psql read them.

public struct OptionSpec: Sendable {
    public var name: String
    public var value: ArgumentKind
    public var help: String
    /// The value may be written alone (`league crc 2019` for `league type crc year 2019`).
    public var bare: Bool
    /// The form needs it (`chart QUERY by GROUP`); shown without brackets.
    public var required: Bool
    /// How the value is shown when the kind's placeholder would not say it (`8w|40c`).
    public var valueName: String?
    /// May be given twice (`count Q by owner by year`); `Invocation.values` has every value in order.
    public var repeatable: Bool

    public init(_ name: String, _ value: ArgumentKind, _ help: String, bare: Bool = false, required: Bool = false,
                valueName: String? = nil, repeatable: Bool = false) {
        self.name = name; self.value = value; self.help = help; self.bare = bare; self.required = required
        self.valueName = valueName; self.repeatable = repeatable
    }

    /// "type crc|nps|pdu|region".
    var usage: String { name + " " + (valueName ?? value.placeholder) }

    /// "[type crc|nps|pdu|region]", or without brackets when required; "[by X [by X]]" when it may be repeated.
    var synopsis: String {
        let once = required ? usage : "[" + usage + "]"
        return repeatable ? String(once.dropLast(required ? 0 : 1)) + " [" + name + " ...]" + (required ? "" : "]") : once
    }
}
