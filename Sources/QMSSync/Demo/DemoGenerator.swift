import Foundation
import QMSDomain

/// Invents a realistic set of export files for `isodash demo`: a Sở with its
/// divisions, or a whole province with departments, districts and communes.
///
/// The data is shaped around `asOf` so the dashboard has something to say on that
/// day (objectives met, at risk, off track and without data; open audits; actions
/// overdue in every age bucket and due within two weeks) and written in every
/// dialect of EXPORT-FORMAT.md, so that syncing the folder exercises the whole
/// contract. Output depends only on `(scale, seed, asOf, documentScale)`: the same
/// inputs give byte-identical files on every run and platform.
public struct DemoGenerator: Sendable {
    public let scale: DemoScale
    public let seed: UInt64
    public let asOf: Day
    /// Multiplies the size of the document register (1 = the scale's default:
    /// 20,000 rows for a department, 1,050,000 for a province). Tests use a small
    /// value to get a province's shape without its million rows.
    public let documentScale: Double

    public init(scale: DemoScale, seed: UInt64, asOf: Day, documentScale: Double = 1) {
        self.scale = scale
        self.seed = seed
        self.asOf = asOf
        self.documentScale = documentScale
    }

    /// Document-register rows `write(to:)` produces.
    public var documentRows: Int {
        guard documentScaleIsValid else { return 0 }
        return max(1, Int((Double(scale.documentRows) * documentScale).rounded()))
    }

    /// A positive scale that asks for at most 100 million rows.
    private var documentScaleIsValid: Bool {
        documentScale.isFinite && documentScale > 0 && Double(scale.documentRows) * documentScale <= 100_000_000
    }

    /// Names of the files `write(to:)` produces, in the order it writes them.
    public var fileNames: [String] {
        let year = String(asOf.year)
        var names = ["units.csv", "objectives-" + year + ".csv", "measurements_" + year + ".csv",
                     "measurements-khao-sat-" + year + ".csv", "ket-qua-danh-gia.json", "actions-" + year + ".csv"]
        if scale == .province { names.append("actions-cap-huyen-" + year + ".csv") }
        names += ["procedures.csv", "services.json", "Documents_" + year + ".csv", localRegisterName]
        return names
    }

    private var localRegisterName: String {
        let year = String(asOf.year)
        switch scale {
        case .department: return "documents-trung-tam-cntt-" + year + ".csv"
        case .province: return "documents-cap-huyen-" + year + ".csv"
        }
    }

    /// Writes the export files into `directory` (created if missing; files of the
    /// same names are replaced, others left alone) and says what it wrote.
    public func write(to directory: String) throws(DemoError) -> DemoSummary {
        guard documentScaleIsValid else {
            throw DemoError.invalidParameter(
                "the document scale must be a positive number giving at most 100 million rows, found \(documentScale)")
        }
        try DemoGenerator.prepare(directory)
        let year = asOf.year

        var random = DemoRandom(seed: seed, stream: 1)
        let organization = DemoOrganization.make(scale: scale, year: year, random: &random)
        random = DemoRandom(seed: seed, stream: 2)
        let objectives = DemoObjectivePlan.make(organization: organization, scale: scale, asOf: asOf, random: &random)
        random = DemoRandom(seed: seed, stream: 3)
        let audits = DemoAuditPlan.make(organization: organization, scale: scale, asOf: asOf, random: &random)
        random = DemoRandom(seed: seed, stream: 4)
        let actions = DemoActionPlan.make(organization: organization, audits: audits, scale: scale, asOf: asOf,
                                          random: &random)
        random = DemoRandom(seed: seed, stream: 5)
        let procedures = DemoProcedurePlan.make(organization: organization, scale: scale, asOf: asOf, random: &random)

        let local = Set(organization.units.filter(\.localRegister).map(\.id))
        let communes = Set(organization.units.filter { $0.tier == .commune }.map(\.id))
        let files = DemoRecordFiles(directory: directory, year: year)
        var written: [DemoSummary.File] = []
        written.append(try files.units(organization.units))
        written.append(try files.objectives(objectives.objectives))
        written += try files.measurements(objectives.measurements)
        written.append(try files.auditBundle(audits))
        switch scale {
        case .department:
            written.append(try files.actions(actions.actions, name: "actions-" + String(year) + ".csv", vietnamese: false))
        case .province:
            written.append(try files.actions(actions.actions.filter { !local.contains($0.unitID) },
                                             name: "actions-" + String(year) + ".csv", vietnamese: false))
            written.append(try files.actions(actions.actions.filter { local.contains($0.unitID) },
                                             name: "actions-cap-huyen-" + String(year) + ".csv", vietnamese: true))
        }
        written.append(try files.procedures(procedures.procedures))
        written.append(try files.services(procedures.services, vietnameseLevelsFor: communes))

        let mainName = "Documents_" + String(year) + ".csv"
        let register = DemoDocumentRegister(organization: organization, asOf: asOf, rows: documentRows, seed: seed)
        let counts = try register.write(mainPath: DemoGenerator.join(directory, mainName),
                                        localPath: DemoGenerator.join(directory, localRegisterName))
        written.append(DemoSummary.File(name: mainName, rows: [.documents: counts.main], bytes: counts.mainBytes))
        written.append(DemoSummary.File(name: localRegisterName, rows: [.documents: counts.local],
                                        bytes: counts.localBytes))
        return DemoSummary(directory: directory, files: written)
    }

    // MARK: Files

    private static func prepare(_ directory: String) throws(DemoError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw DemoError.cannotCreateDirectory(path: directory, reason: "a file of that name exists")
            }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw DemoError.cannotCreateDirectory(path: directory, reason: error.localizedDescription)
        }
    }

    private static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}
