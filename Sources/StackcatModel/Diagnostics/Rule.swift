/// A validation or input rule: its stable id, the severity its diagnostics have, and what it checks.
/// `Rule.all` is the one table that SARIF's rule list, `stackcat rules` and the README read.
public struct Rule: Hashable, Sendable {
    /// Stable kebab-case id, such as `unknown-key`: SARIF's `ruleId` and the JSON `code`.
    public let id: String
    public let severity: Severity
    /// One sentence on what the rule asks of a catalog.
    public let summary: String

    init(_ id: String, _ severity: Severity, _ summary: String) {
        self.id = id
        self.severity = severity
        self.summary = summary
    }
}

extension Rule {
    public static let yamlSyntax = Rule("yaml-syntax", .error, "The file is not well-formed YAML.")
    public static let invalidUtf8 = Rule("invalid-utf8", .error, "Catalog files must be UTF-8.")
    public static let multipleDocuments = Rule("multiple-documents", .error, "A catalog file holds exactly one YAML document.")
    public static let unknownAlias = Rule("unknown-alias", .error, "An alias must name an anchor defined before it.")
    public static let aliasLimit = Rule("alias-limit", .error, "Aliases may not expand a document beyond a fixed number of nodes.")
    public static let nestingLimit = Rule("nesting-limit", .error, "Lists and mappings may not nest beyond a fixed depth.")
    public static let controlCharacter = Rule("control-character", .error, "Text holds no control characters (C0 and C1 controls, DEL, bidirectional embeddings, overrides and isolates); a tab only in a description.")
    public static let unsupportedTag = Rule("unsupported-tag", .error, "Values carry no YAML tags other than the standard ones that fit them (!!str, !!int, ...).")
    public static let duplicateKey = Rule("duplicate-key", .error, "A key may appear only once in a mapping.")
    public static let unreadableFile = Rule("unreadable-file", .error, "The file could not be read.")
    public static let fileTooLarge = Rule("file-too-large", .error, "A catalog file is at most --max-file-size bytes (16 MiB unless set).")
    public static let symlinkOutside = Rule("symlink-outside", .error, "A symbolic link in the catalog does not lead outside the catalog directory.")
    public static let unexpectedFile = Rule("unexpected-file", .warning, "The file is not part of the catalog layout.")
    public static let missingFile = Rule("missing-file", .error, "A vocabulary file is missing.")
    public static let missingCatalog = Rule("missing-catalog", .error, "The catalog directory exists and is a directory.")
    public static let emptyFile = Rule("empty-file", .error, "The file holds no document.")
    public static let unknownKey = Rule("unknown-key", .error, "The key is not part of the format.")
    public static let missingKey = Rule("missing-key", .error, "A required key is missing.")
    public static let wrongType = Rule("wrong-type", .error, "The value has the wrong type.")
    public static let emptyValue = Rule("empty-value", .error, "The value is empty.")
    public static let invalidValue = Rule("invalid-value", .error, "The value is not one of the accepted values.")
    public static let summaryFormat = Rule("summary-format", .error, "A summary is one line of at most 160 characters.")
    public static let invalidUrl = Rule("invalid-url", .error, "The value must be an absolute http(s) URL.")
    public static let invalidComponent = Rule("invalid-component", .error, "A stack component is either a catalog tool or an in-house part.")
    public static let duplicateValue = Rule("duplicate-value", .warning, "A list holds the same value twice.")
    public static let invalidId = Rule("invalid-id", .error, "Ids are lower-case kebab-case, at most 64 characters.")
    public static let idMismatch = Rule("id-mismatch", .error, "An id key must equal the file name.")
    public static let duplicateId = Rule("duplicate-id", .error, "Ids are unique.")
    public static let ambiguousAlias = Rule("ambiguous-alias", .warning, "An alias belongs to one tool only.")
    public static let unknownReference = Rule("unknown-reference", .error, "Every reference resolves to an id.")
    public static let categoryCycle = Rule("category-cycle", .error, "Categories form a tree.")
    public static let radarQuadrants = Rule("radar-quadrants", .error, "The radar section of categories.yaml names four quadrants of top-level categories, each category in one quadrant.")
    public static let selfRelation = Rule("self-relation", .error, "Nothing relates to itself.")
    public static let duplicateRelation = Rule("duplicate-relation", .error, "A relation is declared once.")
    public static let missingSuccessor = Rule("missing-successor", .error, "A superseded tool names its successor.")
    public static let successorLifecycle = Rule("successor-lifecycle", .warning, "A tool that names a successor has the lifecycle 'superseded'.")
    public static let missingSources = Rule("missing-sources", .warning, "Every entry cites its sources.")
    public static let unknownLicense = Rule("unknown-license", .error, "A licence is an SPDX expression of identifiers on the SPDX License List, LicenseRef-*, or Proprietary.")
    public static let licenseCase = Rule("license-case", .warning, "SPDX identifiers are written in the list's own case.")
    public static let deprecatedLicense = Rule("deprecated-license", .warning, "SPDX identifiers that the list deprecates are replaced.")
    public static let cncfRepositoryMismatch = Rule("cncf-repository-mismatch", .warning, "Entries that share a repository agree on CNCF status.")
    public static let lifecycleInAdopt = Rule("lifecycle-in-adopt", .warning, "A stack does not adopt a tool that was already superseded or archived on its date.")
    public static let lifecycleSince = Rule("lifecycle-since", .warning, "lifecycle_since dates a change of lifecycle, so the tool is deprecated, archived or superseded.")
    public static let invalidContact = Rule("invalid-contact", .error, "A team contact is an email address or an http(s) URL.")
    public static let missingOwner = Rule("missing-owner", .error, "An in-house tool names the team that owns it.")
    public static let staleReview = Rule("stale-review", .warning, "With validate --max-age, every stack component was reviewed within that many days.")
    public static let injectMarkers = Rule("inject-markers", .error, "stackcat blocks in Markdown are balanced.")
    public static let injectCommand = Rule("inject-command", .error, "A stackcat block names a command that prints text.")
    public static let importFormat = Rule("import-format", .error, "The file is a CNCF landscape file.")
    public static let importUnknownKey = Rule("import-unknown-key", .warning, "The landscape file uses only keys the importer knows.")
    public static let importMalformed = Rule("import-malformed", .warning, "Every landscape entry has a name.")
    public static let importEmpty = Rule("import-empty", .warning, "Every landscape subcategory has items.")
    public static let importMissingMarker = Rule("import-missing-marker", .warning, "Every landscape item has its item: marker.")
    public static let importBadUrl = Rule("import-bad-url", .warning, "Landscape URLs are absolute http(s) URLs.")
    public static let importNullDescription = Rule("import-null-description", .warning, "Landscape descriptions are text.")
    public static let importUnknownProject = Rule("import-unknown-project", .warning, "Landscape project maturity is a CNCF maturity.")
    public static let importControlCharacter = Rule("import-control-character", .warning, "Landscape text holds no control characters; they are left out.")
    public static let importBadSecondPath = Rule("import-bad-second-path", .warning, "A second_path names a subcategory of the landscape.")
    public static let backstageFormat = Rule("backstage-format", .error, "The input of import backstage holds Backstage catalog entities.")
    public static let backstageMalformed = Rule("backstage-malformed", .warning, "A Backstage entity is a mapping with kind, metadata.name and fields of the right types.")
    public static let backstageKind = Rule("backstage-kind", .warning, "import backstage reads Group, Component, Resource, System and Location entities.")
    public static let backstageDuplicate = Rule("backstage-duplicate", .warning, "A Backstage entity (kind, namespace, name) is defined once.")
    public static let backstageRenamed = Rule("backstage-renamed", .warning, "A Backstage entity's name or stackcat.dev/id is a stackcat id that no other entity takes.")
    public static let backstageReference = Rule("backstage-reference", .warning, "Owners, dependencies and stackcat.dev annotations name entities of the input.")
    public static let backstageLocation = Rule("backstage-location", .warning, "Location targets are relative paths inside the files and directories given to import backstage.")

    /// Every rule, in the order of the documentation: input, then layout, then values, then references.
    public static let all: [Rule] = [
        .yamlSyntax,
        .invalidUtf8,
        .multipleDocuments,
        .unknownAlias,
        .aliasLimit,
        .nestingLimit,
        .controlCharacter,
        .unsupportedTag,
        .duplicateKey,
        .unreadableFile,
        .fileTooLarge,
        .symlinkOutside,
        .unexpectedFile,
        .missingFile,
        .missingCatalog,
        .emptyFile,
        .unknownKey,
        .missingKey,
        .wrongType,
        .emptyValue,
        .invalidValue,
        .summaryFormat,
        .invalidUrl,
        .invalidContact,
        .invalidComponent,
        .duplicateValue,
        .invalidId,
        .idMismatch,
        .duplicateId,
        .ambiguousAlias,
        .unknownReference,
        .categoryCycle,
        .radarQuadrants,
        .selfRelation,
        .duplicateRelation,
        .missingSuccessor,
        .successorLifecycle,
        .missingSources,
        .unknownLicense,
        .licenseCase,
        .deprecatedLicense,
        .cncfRepositoryMismatch,
        .lifecycleInAdopt,
        .lifecycleSince,
        .missingOwner,
        .staleReview,
        .injectMarkers,
        .injectCommand,
        .importFormat,
        .importUnknownKey,
        .importMalformed,
        .importEmpty,
        .importMissingMarker,
        .importBadUrl,
        .importNullDescription,
        .importUnknownProject,
        .importBadSecondPath,
        .importControlCharacter,
        .backstageFormat,
        .backstageMalformed,
        .backstageKind,
        .backstageDuplicate,
        .backstageRenamed,
        .backstageReference,
        .backstageLocation,
    ]

    /// The rule with this id.
    public static func named(_ id: String) -> Rule? { all.first { $0.id == id } }
}
