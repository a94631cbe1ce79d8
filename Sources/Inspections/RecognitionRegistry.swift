// RecognitionRegistry: the providers documents are recognised against — the corpus's own registry, else a
// fallback (the bundled providers.yaml) read once, when the first document needs it.

/// Shared by the loader's workers. A folder of write-ups without providers.yaml never reads the fallback:
/// only a document (a PDF, a page, text without front matter) asks for it.
final class RecognitionRegistry: Sendable {
    private let given: ProviderRegistry?
    private let fallback: (@Sendable () -> ProviderRegistry?)?
    private let resolved = Locked<(registry: ProviderRegistry?, fingerprint: String)?>(nil)

    init(_ registry: ProviderRegistry?, fallback: (@Sendable () -> ProviderRegistry?)? = nil) {
        given = registry
        self.fallback = registry == nil ? fallback : nil
    }

    /// The registry, and a short hash of it that keys recognition cache entries.
    var value: (registry: ProviderRegistry?, fingerprint: String) {
        resolved.withLock { state in
            if let state { return state }
            let registry = given ?? fallback?()
            let value = (registry, RecognitionCache.fingerprint(registry))
            state = value
            return value
        }
    }
}
