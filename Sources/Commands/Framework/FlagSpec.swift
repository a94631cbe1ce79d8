// FlagSpec: a bare word that switches something on (`nostop`), written anywhere a command's options may be.

public struct FlagSpec: Sendable {
    public var name: String
    public var help: String
    public init(_ name: String, _ help: String) { self.name = name; self.help = help }
}
