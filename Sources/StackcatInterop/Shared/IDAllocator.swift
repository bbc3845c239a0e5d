import StackcatModel
import StackcatQuery

/// Deterministic kebab-case ids from names, with collisions resolved in order of appearance: the
/// first `Foo` is `foo`, the next ones `foo-2`, `foo-3`, ... Each base remembers the next suffix
/// to try, so n names that share a base cost O(n) in all, not O(n²).
struct IDAllocator {
    private var used: [String: Set<String>] = [:]
    /// namespace + NUL + base → the next numeric suffix to try for that base.
    private var nextSuffix: [String: Int] = [:]

    /// Claims an id as it is (one kept from the source); false when it is already taken.
    mutating func reserve(_ id: String, namespace: String) -> Bool {
        used[namespace, default: []].insert(id).inserted
    }

    func isTaken(_ id: String, namespace: String) -> Bool {
        used[namespace]?.contains(id) == true
    }

    mutating func allocate(_ name: String, namespace: String, prefix: String? = nil) -> String {
        let base = Self.slug(name)
        // In place: copying the set out and back would make every call O(size).
        if used[namespace, default: []].insert(base).inserted { return base }
        if let prefix {
            let prefixed = Self.trim(prefix + "-" + base)
            if used[namespace, default: []].insert(prefixed).inserted { return prefixed }
        }
        let key = namespace + "\u{0}" + base
        var n = nextSuffix[key] ?? 2
        while true {
            let suffix = "-\(n)"
            let candidate = Self.trim(String(base.prefix(Identifier.maxLength - suffix.count))) + suffix
            n += 1
            if used[namespace, default: []].insert(candidate).inserted {
                nextSuffix[key] = n
                return candidate
            }
        }
    }

    static func slug(_ name: String) -> String {
        var out = ""
        var pendingHyphen = false
        for scalar in Search.fold(name).lowercased().unicodeScalars {
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
                if pendingHyphen && !out.isEmpty { out += "-" }
                out.unicodeScalars.append(scalar)
                pendingHyphen = false
            } else if scalar == "+" {
                if pendingHyphen && !out.isEmpty { out += "-" }
                out += "plus"
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
        }
        return out.isEmpty ? "item" : trim(String(out.prefix(Identifier.maxLength)))
    }

    static func trim(_ id: String) -> String {
        var s = String(id.prefix(Identifier.maxLength))
        while s.hasSuffix("-") { s.removeLast() }
        return s
    }
}
