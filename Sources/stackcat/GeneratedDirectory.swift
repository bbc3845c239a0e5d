import ArgumentParser
import StackcatCore
import StackcatIO

/// Brings a directory in line with what the catalog generates, as the core's `GeneratedTreePlan`
/// decides: files without the marker are never touched. A directory that does not exist yet is built
/// beside its final place and renamed into it once complete, so it appears whole or not at all.
/// Files are rendered a batch at a time and dropped once examined or written, so memory does not
/// grow with the number of files.
struct GeneratedDirectory<Files: GeneratedFiles> {
    let path: String
    let catalogOrigin: CatalogOptions.Origin
    /// `stackcat`, with the `--catalog` it was given, for the hint to rerun.
    let command: String
    let files: Files
    /// What the stamp that lets an unchanged rerun skip rendering is made of (see
    /// GeneratedDirectory+Stamp.swift): the digest of the catalog's files and the options that change
    /// the output; nil for no stamp.
    var stamping: (inputs: StableDigest, options: [String])? = nil

    /// The catalog's name, in the messages.
    var from: String { CatalogOptions.name(of: catalogOrigin) }

    var wording: GeneratedTreePlan.Wording {
        GeneratedTreePlan.Wording(label: files.command, directory: path, from: from, rerun: command)
    }

    func sync(check: Bool) throws {
        try refuseDangerousTarget()
        let target = try StagedDirectory.resolvedTarget(path)
        if check {
            let exists = FileState.kind(target) != .missing
            let plan = try makePlan(tree: exists ? DirectoryTree(walking: target) : nil, check: true)
            try refuseConflicts(plan)
            for line in plan.checkReport(wording) { Terminal.writeError(line) }
            if !plan.isUpToDate { throw ExitCode(1) }
            return
        }
        let directory = try StagedDirectory(path: path, command: files.command, report: Terminal.writeError)
        let batched = BatchedFiles(paths: files.paths, render: files.render)
        try directory.withLock { lock in
            // Made once the lock is held, so that the directories above the target exist.
            let stamp = stamping.flatMap { self.stamp(of: target, inputs: $0.inputs, options: $0.options) }
            // What the run starts from, for its stamp: nil for a directory it makes.
            var before: TreeState? = nil
            var stamps = stamp != nil
            if let stamp, directory.exists {
                let (current, walked) = stamp.matches()
                if current {
                    Terminal.writeError(GeneratedTreePlan.unchanged(batched.paths).summary(wording))
                    return
                }
                before = walked ?? TreeState(walking: target)
                // A change in the clock's current tick would not show later: wait for the next one before reading.
                stamps = before.map { OutputStamp.settled($0, clock: lock.fileSystemTime) } ?? false
            }
            guard directory.exists else {
                try directory.create(batched)
                Terminal.writeError(GeneratedTreePlan.creating(batched.paths).summary(wording))
                if stamps { stamp?.record(wrote: Set(batched.paths), before: nil, clock: lock.fileSystemTime) }
                return
            }
            let tree = try DirectoryTree(walking: target)
            let plan = try makePlan(tree: tree, check: false)
            try refuseConflicts(plan)
            try directory.update(tree, files: batched, changed: plan.changed, extras: plan.extras)
            Terminal.writeError(plan.summary(wording))
            let written = Set(plan.changed.map { batched.paths[$0] } + plan.extras)
            if stamps { stamp?.record(wrote: written, before: before, clock: lock.fileSystemTime) } else { stamp?.remove() }
        }
    }

    /// Compares every file with what is in the directory, a batch at a time, keeping only the
    /// verdicts (and, for --check, the start of each diff), not the contents.
    func makePlan(tree: DirectoryTree?, check: Bool) throws -> GeneratedTreePlan {
        let paths = files.paths
        guard let tree else { return .creating(paths) }
        let files = files
        let target = tree.root
        var verdicts: [GeneratedTreePlan.Verdict] = []
        verdicts.reserveCapacity(paths.count)
        BatchedFiles(paths: paths, render: files.render).forEach(Array(paths.indices)) { batch, contents in
            // Parts come back in order, so the verdicts stay in path order.
            verdicts += Parallel.fold(batch.count, threshold: 64, initial: { [GeneratedTreePlan.Verdict]() }) { part, i in
                let file = paths[batch[i]]
                let diff: ((String, String) -> String)? =
                    check
                    ? { UnifiedDiff.diff($0, $1, oldName: "\(target)/\(file)", newName: "generated", maxLines: 40) } : nil
                part.append(
                    GeneratedTreePlan.verdict(
                        for: file, existing: tree.existing(file), directory: tree.blockingEntry(of: file),
                        generated: contents[i], isGenerated: files.isGenerated, diff: diff))
            }.flatMap { $0 }
        }
        let extras = GeneratedTreePlan.extras(
            present: tree.files, planned: Set(paths), layout: files.layout,
            read: { relative in
                guard case .file(let text) = tree.existing(relative) else { return nil }
                return text
            }, isGenerated: files.isGenerated)
        return GeneratedTreePlan(paths: paths, verdicts: verdicts, extras: extras)
    }

    func refuseConflicts(_ plan: GeneratedTreePlan) throws(IOFailure) {
        let messages = plan.conflictMessages(wording)
        guard !messages.isEmpty else { return }
        throw IOFailure(messages: messages)
    }

    /// `/`, the home directory and the catalog itself are never output directories.
    func refuseDangerousTarget() throws {
        var also: [(String, String)] = []
        if case .directory(let catalogPath, _) = catalogOrigin, let real = FileState.realPath(catalogPath) {
            also.append((real, "the catalog directory"))
            if OutputTarget.resolved(path).hasPrefix(real + "/") {
                throw IOFailure("refusing to write \(files.noun) into the catalog directory (\(path)); choose another --out")
            }
        }
        try OutputTarget.refuseDangerous(path, writing: files.noun, also: also)
    }
}
