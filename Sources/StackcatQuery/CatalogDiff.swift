import StackcatModel

/// What changed between two catalogs, entry by entry rather than line by line (`stackcat diff`):
/// per kind of entry, those added, removed and renamed, and for each kept entry the facts that
/// changed (old → new), the relations added and removed, and a stack's components added, removed
/// and moved between rings. A tool's facts are its `ToolFact` declarations, so a new fact is compared
/// without a change here.
///
/// A rename is an entry whose id changed while it stayed the same thing: a tool whose new id was
/// one of its aliases (or whose old id is one of the new one's), or any entry whose facts are at
/// least `renameSimilarity` kept. References to a renamed entry (a tool's category, roles, owner and
/// relation types and targets, a stack's components, flows and owners, a category's parent) are
/// followed through the rename, so they do not show up as changed, or as removed and added.
public struct CatalogDiff: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case tool, stack, team, category, role
        case relationType = "relation-type"

        /// The section's heading: "tools", "relation types".
        public var plural: String {
            switch self {
            case .tool: return "tools"
            case .stack: return "stacks"
            case .team: return "teams"
            case .category: return "categories"
            case .role: return "roles"
            case .relationType: return "relation types"
            }
        }
    }

    public struct Entry: Sendable, Hashable {
        public var id: String
        public var name: String
    }

    public struct Rename: Sendable, Hashable {
        public enum Reason: String, Sendable {
            /// The new id was an alias of the old entry, or the old id is an alias of the new one.
            case alias
            /// Most facts were kept.
            case content
        }
        public var from: String
        public var to: String
        public var name: String
        public var reason: Reason
        /// The share of facts kept, in percent.
        public var similarity: Int
    }

    /// One fact that changed; nil on a side that does not state it. For a list (tags, sources), also
    /// the items added and removed.
    public struct FactChange: Sendable, Hashable {
        public var key: String
        public var label: String
        public var old: String?
        public var new: String?
        public var added: [String] = []
        public var removed: [String] = []
        public var isList = false
    }

    public struct Edge: Sendable, Hashable {
        public var type: String
        public var target: String
        public var note: String?
    }

    /// A relation on both sides whose note changed.
    public struct EdgeNoteChange: Sendable, Hashable {
        public var type: String
        public var target: String
        public var old: String?
        public var new: String?
    }

    /// A stack component, as an addition or a removal.
    public struct Member: Sendable, Hashable {
        public var id: String
        public var name: String
        public var ring: Ring
        /// The component's role in the stack: why it is there.
        public var note: String?
    }

    /// A stack component on both sides whose role text, owner, review date or (in-house) name or
    /// category changed; a ring change is a `RingMove`.
    public struct MemberChange: Sendable, Hashable {
        public var id: String
        public var name: String
        public var facts: [FactChange]
    }

    public struct RingMove: Sendable, Hashable {
        public var id: String
        public var name: String
        public var from: Ring
        public var to: Ring
        /// The component's role text on the new side, which says why.
        public var note: String?
        /// Towards adopt.
        public var isInward: Bool { to < from }
    }

    /// An entry on both sides (under its new id when renamed) whose contents changed.
    public struct Change: Sendable, Hashable {
        public var id: String
        public var name: String
        public var renamedFrom: String?
        public var facts: [FactChange] = []
        public var relationsAdded: [Edge] = []
        public var relationsRemoved: [Edge] = []
        /// Relations on both sides whose note changed.
        public var relationsChanged: [EdgeNoteChange] = []
        public var componentsAdded: [Member] = []
        public var componentsRemoved: [Member] = []
        /// Components on both sides with a changed role text, owner, review date, name or category.
        public var componentsChanged: [MemberChange] = []
        public var moves: [RingMove] = []

        var isEmpty: Bool {
            facts.isEmpty && relationsAdded.isEmpty && relationsRemoved.isEmpty && relationsChanged.isEmpty
                && componentsAdded.isEmpty && componentsRemoved.isEmpty && componentsChanged.isEmpty && moves.isEmpty
        }
    }

    public struct Section: Sendable {
        public var kind: Kind
        public var added: [Entry] = []
        public var removed: [Entry] = []
        public var renamed: [Rename] = []
        public var changed: [Change] = []

        public var isEmpty: Bool { added.isEmpty && removed.isEmpty && renamed.isEmpty && changed.isEmpty }
    }

    /// One side of the comparison, as the report names it, with the errors that kept it from validating.
    public struct Side: Sendable {
        /// What the user named: a revision, a directory, "working tree".
        public var label: String
        /// The commit, for a revision.
        public var commit: String?
        public var errors: [Diagnostic]
        /// Every error, shown or not.
        public var errorCount: Int

        public init(label: String, commit: String? = nil, errors: [Diagnostic] = [], errorCount: Int = 0) {
            self.label = label
            self.commit = commit
            self.errors = errors
            self.errorCount = errorCount
        }
    }

    public var base: Side
    public var head: Side
    /// One section per kind, in `Kind` order, empty ones included.
    public var sections: [Section]
    /// Catalog-wide settings that changed: the radar's quadrants (`radar:` in categories.yaml).
    public var settings: [FactChange]

    /// Whether nothing changed between the two catalogs (the sides' errors aside).
    public var isEmpty: Bool { settings.isEmpty && sections.allSatisfy(\.isEmpty) }

    /// The least share of kept facts that makes a removed and an added entry one renamed entry.
    public static let renameSimilarity = 0.6
    /// Above this many removed × added pairs of one kind, renames are found by alias only.
    static let pairLimit = 250_000

    public init(from old: Catalog, to new: Catalog, base: Side = Side(label: "base"), head: Side = Side(label: "head")) {
        self.base = base
        self.head = head
        // The vocabularies and teams first, then tools, then stacks: each follows the renames found before it.
        let catalogs = (old: old, new: new)
        var renames = DiffRenames()
        let categories = Self.compare(.category, old.categories, new.categories, catalogs: catalogs, renames: renames)
        renames.categories = categories.renames
        let roles = Self.compare(.role, old.roles, new.roles, catalogs: catalogs, renames: renames)
        let relationTypes = Self.compare(.relationType, old.relationTypes, new.relationTypes, catalogs: catalogs, renames: renames)
        let teams = Self.compare(.team, old.teams, new.teams, catalogs: catalogs, renames: renames)
        renames.roles = roles.renames
        renames.relationTypes = relationTypes.renames
        renames.teams = teams.renames
        let tools = Self.compare(.tool, old.tools, new.tools, catalogs: catalogs, renames: renames)
        renames.tools = tools.renames
        let stacks = Self.compare(.stack, old.stacks, new.stacks, catalogs: catalogs, renames: renames)
        sections = [tools.section, stacks.section, teams.section, categories.section, roles.section, relationTypes.section]
        settings = Self.settings(old, new, categories: renames)
    }

    public func section(_ kind: Kind) -> Section { sections.first { $0.kind == kind }! }

    /// Compares the entries of one kind (each array sorted by id, as `Catalog` keeps them). Returns the
    /// section and the renames (old id → new id).
    static func compare<E: DiffEntry>(
        _ kind: Kind, _ old: [E], _ new: [E], catalogs: (old: Catalog, new: Catalog),
        renames renamed: DiffRenames
    ) -> (section: Section, renames: [String: String]) {
        var section = Section(kind: kind)
        var newIndex: [String: Int] = [:]
        newIndex.reserveCapacity(new.count)
        for i in new.indices where newIndex[new[i].diffID] == nil { newIndex[new[i].diffID] = i }
        var oldIDs: Set<String> = []
        oldIDs.reserveCapacity(old.count)
        var removed: [Int] = []
        var kept: [(old: Int, new: Int)] = []
        for i in old.indices {
            let id = old[i].diffID
            guard oldIDs.insert(id).inserted else { continue }
            guard let j = newIndex[id] else {
                removed.append(i)
                continue
            }
            // The usual case, an entry whose file did not change, costs one comparison.
            if old[i] != new[j] { kept.append((i, j)) }
        }
        var added = new.indices.filter { !oldIDs.contains(new[$0].diffID) && newIndex[new[$0].diffID] == $0 }

        // Renames: an alias that became the id, then the most similar pairs.
        var renames: [String: String] = [:]
        var matched: [(old: Int, new: Int, reason: Rename.Reason, similarity: Double)] = []
        for i in removed {
            if let k = added.firstIndex(where: { new[$0].diffAliases.contains(old[i].diffID) || old[i].diffAliases.contains(new[$0].diffID) }) {
                matched.append((i, added[k], .alias, similarity(old[i], new[added[k]], catalogs: catalogs, renamed: renamed)))
                added.remove(at: k)
            }
        }
        removed.removeAll { i in matched.contains { $0.old == i } }
        if !removed.isEmpty, !added.isEmpty, removed.count * added.count <= pairLimit {
            var pairs: [(old: Int, new: Int, similarity: Double)] = []
            for i in removed {
                for j in added {
                    let s = similarity(old[i], new[j], catalogs: catalogs, renamed: renamed)
                    if s >= renameSimilarity { pairs.append((i, j, s)) }
                }
            }
            pairs.sort { $0.similarity != $1.similarity ? $0.similarity > $1.similarity : ($0.old, $0.new) < ($1.old, $1.new) }
            var takenOld: Set<Int> = []
            var takenNew: Set<Int> = []
            for pair in pairs where !takenOld.contains(pair.old) && !takenNew.contains(pair.new) {
                takenOld.insert(pair.old)
                takenNew.insert(pair.new)
                matched.append((pair.old, pair.new, .content, pair.similarity))
            }
            removed.removeAll { takenOld.contains($0) }
            added.removeAll { takenNew.contains($0) }
        }
        for match in matched {
            let from = old[match.old].diffID
            let to = new[match.new].diffID
            renames[from] = to
            section.renamed.append(
                Rename(
                    from: from, to: to, name: new[match.new].diffName(in: catalogs.new), reason: match.reason,
                    similarity: Int((match.similarity * 100).rounded(.down))))
        }
        // A tool's relations to renamed tools follow them too, as the stacks' components do.
        var follow = renamed
        if kind == .tool { follow.tools.merge(renames) { a, _ in a } }
        for pair in kept {
            let change = changes(old[pair.old], new[pair.new], catalogs: catalogs, renamed: follow)
            if !change.isEmpty { section.changed.append(change) }
        }
        for match in matched {
            var change = changes(old[match.old], new[match.new], catalogs: catalogs, renamed: follow)
            change.renamedFrom = old[match.old].diffID
            if !change.isEmpty { section.changed.append(change) }
        }
        section.added = added.map { Entry(id: new[$0].diffID, name: new[$0].diffName(in: catalogs.new)) }
        section.removed = removed.map { Entry(id: old[$0].diffID, name: old[$0].diffName(in: catalogs.old)) }
        section.renamed.sort { $0.to.utf8Precedes($1.to) }
        section.changed.sort { $0.id.utf8Precedes($1.id) }
        return (section, renames)
    }

    static func changes<E: DiffEntry>(_ old: E, _ new: E, catalogs: (old: Catalog, new: Catalog), renamed: DiffRenames) -> Change {
        var change = Change(id: new.diffID, name: new.diffName(in: catalogs.new))
        let oldFacts = old.diffFacts(following: renamed)
        let newFacts = new.diffFacts(following: .none)
        let oldLists = old.diffLists(following: renamed)
        let newLists = new.diffLists(following: .none)
        for (a, b) in zip(oldFacts, newFacts) where a.value != b.value {
            var fact = FactChange(key: a.key, label: a.label, old: a.value, new: b.value)
            if oldLists[a.key] != nil || newLists[a.key] != nil {
                let before = oldLists[a.key] ?? []
                let after = newLists[a.key] ?? []
                fact.isList = true
                fact.added = after.filter { !before.contains($0) }
                fact.removed = before.filter { !after.contains($0) }
            }
            change.facts.append(fact)
        }
        let follow = renamed.tool
        let oldEdges = old.diffEdges.map { Edge(type: renamed.relationType($0.type), target: follow($0.target), note: $0.note) }
        let newEdges = new.diffEdges
        let oldKeys = Set(oldEdges.map { [$0.type, $0.target] })
        let newKeys = Set(newEdges.map { [$0.type, $0.target] })
        change.relationsAdded = newEdges.filter { !oldKeys.contains([$0.type, $0.target]) }
        change.relationsRemoved = oldEdges.filter { !newKeys.contains([$0.type, $0.target]) }
        var oldNotes: [[String]: String?] = [:]
        for edge in oldEdges where oldNotes[[edge.type, edge.target]] == nil { oldNotes[[edge.type, edge.target]] = .some(edge.note) }
        var seen: Set<[String]> = []
        for edge in newEdges where seen.insert([edge.type, edge.target]).inserted {
            if let before = oldNotes[[edge.type, edge.target]], before != edge.note {
                change.relationsChanged.append(EdgeNoteChange(type: edge.type, target: edge.target, old: before, new: edge.note))
            }
        }

        let oldMembers = old.diffMembers(in: catalogs.old).map { Member(id: follow($0.id), name: $0.name, ring: $0.ring, note: $0.note) }
        let newMembers = new.diffMembers(in: catalogs.new)
        var oldByID: [String: Member] = [:]
        for member in oldMembers where oldByID[member.id] == nil { oldByID[member.id] = member }
        let oldDetails = old.diffMemberFacts(following: renamed)
        let newDetails = new.diffMemberFacts(following: .none)
        var oldDetailsByID: [String: [(key: String, label: String, value: String?)]] = [:]
        for (id, facts) in oldDetails where oldDetailsByID[follow(id)] == nil { oldDetailsByID[follow(id)] = facts }
        let newIDs = Set(newMembers.map(\.id))
        var detailed: Set<String> = []
        for (member, (_, details)) in zip(newMembers, newDetails) {
            if let before = oldByID[member.id] {
                if before.ring != member.ring {
                    change.moves.append(RingMove(id: member.id, name: member.name, from: before.ring, to: member.ring, note: member.note))
                }
                if let beforeDetails = oldDetailsByID[member.id] {
                    let facts = zip(beforeDetails, details).filter { $0.value != $1.value }
                        .map { FactChange(key: $0.key, label: $0.label, old: $0.value, new: $1.value) }
                    if !facts.isEmpty, detailed.insert(member.id).inserted {
                        change.componentsChanged.append(MemberChange(id: member.id, name: member.name, facts: facts))
                    }
                }
            } else {
                change.componentsAdded.append(member)
            }
        }
        change.componentsRemoved = oldMembers.filter { !newIDs.contains($0.id) }
        return change
    }

    /// The share of facts, relations and components that are the same on both sides, among those
    /// either side states.
    static func similarity<E: DiffEntry>(_ old: E, _ new: E, catalogs: (old: Catalog, new: Catalog), renamed: DiffRenames) -> Double {
        var same = 0
        var total = 0
        for (a, b) in zip(old.diffFacts(following: renamed), new.diffFacts(following: .none)) where a.value != nil || b.value != nil {
            total += 1
            if a.value == b.value { same += 1 }
        }
        let oldEdges = Set(old.diffEdges.map { [renamed.relationType($0.type), renamed.tool($0.target)] })
        let newEdges = Set(new.diffEdges.map { [$0.type, $0.target] })
        total += oldEdges.union(newEdges).count
        same += oldEdges.intersection(newEdges).count
        // Components follow renamed tools, as relations do.
        let oldMembers = Set(old.diffMembers(in: catalogs.old).map { [renamed.tool($0.id), $0.ring.rawValue] })
        let newMembers = Set(new.diffMembers(in: catalogs.new).map { [$0.id, $0.ring.rawValue] })
        total += oldMembers.union(newMembers).count
        same += oldMembers.intersection(newMembers).count
        return total == 0 ? 0 : Double(same) / Double(total)
    }

    /// The catalog-wide settings that changed: the radar's quadrants, one item per quadrant
    /// ("Platforms [cloud, runtime]"), so that a quadrant added, removed or changed shows as such.
    static func settings(_ old: Catalog, _ new: Catalog, categories renames: DiffRenames) -> [FactChange] {
        func quadrants(_ catalog: Catalog, _ renames: DiffRenames) -> [String]? {
            catalog.radar.map { $0.quadrants.map { q in q.name.value + " [" + q.categories.map { renames.category($0.value) }.joined(separator: ", ") + "]" } }
        }
        let before = quadrants(old, renames)
        let after = quadrants(new, .none)
        guard before != after else { return [] }
        var fact = FactChange(key: "radar", label: "Radar quadrants", old: before?.joined(separator: "; "), new: after?.joined(separator: "; "))
        fact.isList = true
        fact.added = (after ?? []).filter { !(before ?? []).contains($0) }
        fact.removed = (before ?? []).filter { !(after ?? []).contains($0) }
        return [fact]
    }
}
