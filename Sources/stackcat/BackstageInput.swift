import StackcatCore
import StackcatIO

/// Finds and reads the files of `import backstage`: the files given, every `*.yaml`/`*.yml` under
/// the directories given (symbolic links that lead outside the directory are not followed), and the
/// local targets of `Location` entities, as long as they stay inside the directories given or the
/// directories of the files given. Each file is
/// read once, however many Locations name it.
struct BackstageInput {
    /// Files larger than this (`--max-file-size`) are refused rather than read into memory.
    let limit: Int

    var importer = BackstageImporter()
    /// Display path → text, for rendering diagnostics.
    var sources: [String: SourceText] = [:]
    /// Real paths of the directories and files given.
    private var roots: [String] = []
    private var read: Set<String> = []

    init(limit: Int) {
        self.limit = limit
    }

    mutating func load(_ arguments: [String]) {
        var queue: [String] = []
        for argument in arguments {
            guard let real = FileState.realPath(argument) else {
                importer.report(Diagnostics.unreadableFile(argument, reason: "no such file or directory"))
                continue
            }
            if FileState.isDirectory(argument) {
                roots.append(real)
                queue += yamlFiles(under: argument, root: real)
            } else {
                // A Location file lists its neighbours: a file given opens its directory to them.
                roots.append(Self.directory(of: real))
                queue.append(argument)
            }
        }
        var next = 0
        while next < queue.count {
            let path = queue[next]
            next += 1
            guard let real = FileState.realPath(path), read.insert(real).inserted else { continue }
            let bytes: [UInt8]
            switch FileState.read(path, limit: limit) {
            case .success(let b): bytes = b
            case .failure(.directory):
                importer.report(Diagnostics.notAFile(path))
                continue
            case .failure(.tooLarge(let size)):
                importer.report(Diagnostics.unreadableFile(path, reason: FileState.tooLarge(path, size: size, limit: limit, flag: "--max-file-size")))
                continue
            case .failure(let error):
                importer.report(Diagnostics.unreadableFile(path, reason: error.reason))
                continue
            }
            let text = SourceText(path: path, bytes: bytes)
            sources[path] = text
            for target in importer.read(text) {
                let here = SourceLocation(path: path, span: target.span)
                let resolved = target.value.hasPrefix("/") ? target.value : Self.directory(of: path) + "/" + target.value
                guard let realTarget = FileState.realPath(resolved) else {
                    importer.report(Diagnostics.backstage(.missingTarget(target.value, reason: "no such file"), at: here))
                    continue
                }
                guard isInside(realTarget) else {
                    importer.report(Diagnostics.backstage(.targetOutside(target.value), at: here))
                    continue
                }
                if FileState.isDirectory(resolved) {
                    importer.report(Diagnostics.backstage(.missingTarget(target.value, reason: "it is a directory"), at: here))
                    continue
                }
                queue.append(resolved)
            }
        }
    }

    func isInside(_ real: String) -> Bool {
        roots.contains { real == $0 || real.hasPrefix($0 == "/" ? "/" : $0 + "/") }
    }

    /// The YAML files under a directory, sorted, not following links that leave `root`.
    func yamlFiles(under directory: String, root: String) -> [String] {
        FileState.files(under: directory, root: root, suffixes: [".yaml", ".yml"])
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
