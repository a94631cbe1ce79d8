// Toggle: auto, on or off, for settings that follow the terminal unless told.

public enum Toggle: String, Sendable, CaseIterable { case auto, on, off }
