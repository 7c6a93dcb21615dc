import QMSDomain
import QMSStore
import TermUI

/// Draws the whole dashboard for a state at a size: header, tabs, the current screen,
/// footer and any overlay.
///
/// A frame is a function of (state, size, store contents, context). Drawing also settles
/// the state's list positions against what the store holds now (a cursor past the end of
/// a list that shrank after a sync comes back to its last row), which is why `render`
/// takes the state `inout`. The same code serves the terminal, `isodash dump` and tests.
public struct DashboardView {
    /// Below this the screens would be cramped: the terminal is asked to grow instead.
    public static let minimumWidth = 60
    public static let minimumHeight = 16

    public let data: DashboardData
    public var context: RenderContext

    public init(data: DashboardData, context: RenderContext) {
        self.data = data
        self.context = context
    }

    /// One frame of `width`×`height` cells.
    public func render(_ state: inout DashboardState, width: Int, height: Int) -> Buffer {
        var buffer = Buffer(width: width, height: height, mode: context.mode, transliterator: .vietnamese)
        guard width >= Self.minimumWidth && height >= Self.minimumHeight else {
            TooSmallNotice(minimumWidth: Self.minimumWidth, minimumHeight: Self.minimumHeight)
                .render(in: buffer.area, buffer: &buffer, context: context)
            return buffer
        }
        let rows = Layout.vertical([.length(1), .length(1), .fill(1), .length(1)]).split(buffer.area)
        header(state).render(in: rows[0], buffer: &buffer, context: context)
        TabBar(current: state.screen).render(in: rows[1], buffer: &buffer, context: context)
        body(in: rows[2], buffer: &buffer, state: &state)
        footer(in: rows[3], buffer: &buffer, state: state)
        switch state.overlay {
        case .help?:
            HelpOverlay().render(in: rows[2], buffer: &buffer, state: &state, context: context)
        case .unitPicker(let query)?:
            renderGuarded(in: rows[2], buffer: &buffer) { buffer in
                try UnitPicker(query: query).render(in: rows[2], buffer: &buffer, state: &state, data: data,
                                                    context: context)
            }
        case .filter?, nil:
            break
        }
        return buffer
    }

    // MARK: Parts

    private func header(_ state: DashboardState) -> HeaderBar {
        let freshness = try? data.dataFreshness()
        var name = state.scopeUnitID ?? context.text(.wholeOrganisation)
        var unitCount: Int?
        if let snapshot = try? data.snapshot(scopeUnitID: state.scopeUnitID) {
            name = snapshot.scope.name ?? name
            unitCount = snapshot.scope.unitCount
        }
        return HeaderBar(scopeName: name, unitCount: unitCount, freshness: freshness)
    }

    private func body(in area: Rect, buffer: inout Buffer, state: inout DashboardState) {
        renderGuarded(in: area, buffer: &buffer) { buffer in
            switch (state.screen, state.detail) {
            case (.overview, _):
                try OverviewScreen().render(in: area, buffer: &buffer, state: &state, data: data, context: context)
            case (.objectives, .objective(let id)?):
                try ObjectiveDetailScreen(objectiveID: id).render(in: area, buffer: &buffer, state: &state, data: data,
                                                                  context: context)
            case (.objectives, _):
                try ObjectivesScreen().render(in: area, buffer: &buffer, state: &state, data: data, context: context)
            case (.sync, .syncFile(let id)?):
                try SyncFileScreen(fileID: id).render(in: area, buffer: &buffer, state: &state, data: data,
                                                      context: context)
            case (.sync, _):
                try SyncScreen().render(in: area, buffer: &buffer, state: &state, data: data, context: context)
            case (.audits, .audit(let id)?):
                try AuditDetailScreen(auditID: id).render(in: area, buffer: &buffer, state: &state, data: data,
                                                          context: context)
            case (.audits, _):
                try AuditsScreen().render(in: area, buffer: &buffer, state: &state, data: data, context: context)
            case (.actions, _):
                try ActionsScreen().render(in: area, buffer: &buffer, state: &state, data: data, context: context)
            case (.units, _):
                try UnitsScreen().render(in: area, buffer: &buffer, state: &state, data: data, context: context)
            }
        }
    }

    private func footer(in area: Rect, buffer: inout Buffer, state: DashboardState) {
        // Keys in their role, labels plain: the footer is drawn on every screen change,
        // and a background across the whole row costs bytes over a slow link.
        let hints = KeyHints(KeyGuide.footerHints(for: state, context: context), labelStyle: .plain)
        guard state.overlay == .filter else {
            hints.render(in: area, buffer: &buffer)
            return
        }
        buffer.fill(area, style: Style(.footer))
        let prompt = context.text(state.screen == .actions ? .filterOwnerPrompt : .filterPrompt) + ": "
        var x = buffer.set(prompt, at: Position(x: area.x + 1, y: area.y), style: Style(.keyHint, .bold), clip: area)
        x = buffer.set(state.filter, at: Position(x: x, y: area.y), style: Style(.footer, .bold), clip: area)
        x = buffer.set(context.isUnicode ? "▏" : "_", at: Position(x: x, y: area.y), style: Style(.footer, .bold), clip: area)
        hints.render(in: Rect(x: x + 2, y: area.y, width: max(0, area.right - x - 2), height: 1), buffer: &buffer)
    }

    /// Runs a drawing step that reads the store; a failure becomes a message in `area`
    /// instead of a crash (the store may be mid-upgrade, or a unit may have vanished).
    private func renderGuarded(in area: Rect, buffer: inout Buffer, _ draw: (inout Buffer) throws -> Void) {
        do {
            try draw(&buffer)
        } catch let error as StoreError {
            buffer.fill(area)
            MessagePanel(title: context.text(.storeProblem), message: describe(error)).render(in: area, buffer: &buffer)
        } catch {
            buffer.fill(area)
            MessagePanel(title: context.text(.storeProblem), message: "\(error)").render(in: area, buffer: &buffer)
        }
    }

    private func describe(_ error: StoreError) -> String {
        if case .unknownUnit(let id) = error { return context.text(Phrase.Dashboard.unknownUnit(id)) }
        return error.description
    }
}
