#include "StoreCommands.h"

namespace ledgerlens {

CorrectionCommand::CorrectionCommand(ReportStore *store, const Correction &target,
                                     const std::optional<Correction> &before,
                                     const std::optional<Correction> &after, const QString &text)
    : QUndoCommand(text), m_store(store), m_target(target), m_before(before), m_after(after)
{
}

// A command whose entry was removed meanwhile does nothing (the store ignores it).
void CorrectionCommand::undo() { m_store->applyCorrectionState(m_target.entry, m_target, m_before); }
void CorrectionCommand::redo() { m_store->applyCorrectionState(m_target.entry, m_target, m_after); }

ReviewStatusCommand::ReviewStatusCommand(ReportStore *store, EntryId id, TableKind kind, ReviewStatus before,
                                         ReviewStatus after)
    : QUndoCommand(QStringLiteral("Mark %1 %2").arg(tableKey(kind), reviewStatusKey(after))),
      m_store(store), m_id(id), m_kind(kind), m_before(before), m_after(after)
{
}

void ReviewStatusCommand::undo() { m_store->applyReviewStatus(m_id, m_kind, m_before); }
void ReviewStatusCommand::redo() { m_store->applyReviewStatus(m_id, m_kind, m_after); }

UserMappingCommand::UserMappingCommand(ReportStore *store, const QString &company, TableKind kind, const QString &label,
                                       const std::optional<UserMapping> &before, const std::optional<UserMapping> &after)
    : QUndoCommand(QObject::tr("Remember mapping of \u201c%1\u201d").arg(label)), m_store(store), m_company(company),
      m_kind(kind), m_label(label), m_before(before), m_after(after)
{
}

void UserMappingCommand::undo() { m_store->applyUserMapping(m_company, m_kind, m_label, m_before); }
void UserMappingCommand::redo() { m_store->applyUserMapping(m_company, m_kind, m_label, m_after); }

} // namespace ledgerlens
