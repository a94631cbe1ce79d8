// SettingSpec: one setting's definition — name, values, help, and how to read and write it.

/// One setting: its name, the values it takes, and how to read and write it.
public struct SettingSpec: Sendable {
    public var name: String
    public var values: [String]
    public var help: String
    public var get: @Sendable (Settings) -> String
    public var set: @Sendable (inout Settings, String) -> Bool
}
