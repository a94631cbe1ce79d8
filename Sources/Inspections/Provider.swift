// Provider: a body that is inspected (a CRC, an NPS division, a PDU or a region), with the names people use.

public struct Provider: Sendable, Hashable, Codable {
    /// Stable id, e.g. "hlny-crc".
    public var id: String
    /// Full name, e.g. "Humberside, Lincolnshire and North Yorkshire Community Rehabilitation Company".
    public var name: String
    /// Display name, e.g. "HLNY CRC".
    public var shortName: String
    public var type: ProviderType
    public var region: String?
    /// Owners over time, earliest first, as the inspections name them.
    public var owners: [String]
    /// Other spellings people write; matched case-insensitively.
    public var aliases: [String]

    public init(id: String, name: String, shortName: String? = nil, type: ProviderType, region: String? = nil,
                owners: [String] = [], aliases: [String] = []) {
        self.id = id; self.name = name; self.shortName = shortName ?? name; self.type = type
        self.region = region; self.owners = owners; self.aliases = aliases
    }

    /// The id without its type suffix ("hlny" for "hlny-crc"): what people type first.
    public var stem: String {
        for suffix in ["-crc", "-pdu", "-region"] where id.hasSuffix(suffix) {
            return String(id.dropLast(suffix.count))
        }
        return id
    }
}

/// An organisation that ran providers, with the spellings that group under it.
public struct Owner: Sendable, Hashable, Codable {
    public var name: String
    public var aliases: [String]
    public init(name: String, aliases: [String] = []) { self.name = name; self.aliases = aliases }
}
