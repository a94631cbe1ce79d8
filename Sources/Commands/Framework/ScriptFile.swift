// ScriptFile: reading a script of commands from a file, with the errors a user can act on — for `source` and `probe FILE`.
import Foundation

public enum ScriptFile {
    /// Why a script could not be read: what went wrong and what to try.
    public struct ReadError: Error, Sendable, Equatable {
        public var message: String
        public var hint: String
    }

    /// The script's text (invalid UTF-8 is replaced, as a shell would show it); `name` is the path as typed.
    public static func read(_ path: String, name: String) throws(ReadError) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ReadError(message: "no such file '\(name)'", hint: "check the path; scripts usually end in .probe")
        }
        if isDirectory.boolValue {
            throw ReadError(message: "'\(name)' is a directory, not a script", hint: "name a .probe file inside it")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReadError(message: "cannot read '\(name)'", hint: "check its permissions")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
