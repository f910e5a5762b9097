#include "StoreCommands.h"

#include "domain/Report.h"

namespace ledgerlens {

CorrectionCommand::CorrectionCommand(EditSink *sink, const EditAddress &address,
                                     const std::optional<Correction> &before,
                                     const std::optional<Correction> &after, const QString &text,
                                     QUndoCommand *parent)
    : StoreCommand(text, parent), m_sink(sink), m_address(address), m_before(before), m_after(after)
{
}

// A command whose entry was removed meanwhile does nothing (the sink ignores it).
void CorrectionCommand::undo() { m_sink->applyCorrection(m_address, m_before); }
void CorrectionCommand::redo() { m_sink->applyCorrection(m_address, m_after); }

bool CorrectionCommand::rebind(EntryId id, const Report &extracted)
{
    if (m_address.entry != id)
        return true;
    const auto moved = rebindAddress(extracted, m_address);
    if (!moved)
        return false;
    m_address = *moved;
    m_before = m_address.moved(m_before);
    m_after = m_address.moved(m_after);
    return true;
}

StoreCommand *CorrectionCommand::clone(QUndoCommand *parent) const
{
    return new CorrectionCommand(m_sink, m_address, m_before, m_after, text(), parent);
}

ReviewStatusCommand::ReviewStatusCommand(EditSink *sink, EntryId id, TableKind kind, ReviewStatus before,
                                         ReviewStatus after, QUndoCommand *parent)
    : StoreCommand(EditTexts::review(kind, after), parent), m_sink(sink), m_id(id), m_kind(kind), m_before(before),
      m_after(after)
{
}

void ReviewStatusCommand::undo() { m_sink->applyReviewStatus(m_id, m_kind, m_before); }
void ReviewStatusCommand::redo() { m_sink->applyReviewStatus(m_id, m_kind, m_after); }

StoreCommand *ReviewStatusCommand::clone(QUndoCommand *parent) const
{
    return new ReviewStatusCommand(m_sink, m_id, m_kind, m_before, m_after, parent);
}

UserMappingCommand::UserMappingCommand(EditSink *sink, const QString &company, TableKind kind, const QString &label,
                                       const std::optional<UserMapping> &before,
                                       const std::optional<UserMapping> &after, QUndoCommand *parent)
    : StoreCommand(EditTexts::rememberMapping(label), parent), m_sink(sink), m_company(company), m_kind(kind),
      m_label(label), m_before(before), m_after(after)
{
}

void UserMappingCommand::undo() { m_sink->applyUserMapping(m_company, m_kind, m_label, m_before); }
void UserMappingCommand::redo() { m_sink->applyUserMapping(m_company, m_kind, m_label, m_after); }

StoreCommand *UserMappingCommand::clone(QUndoCommand *parent) const
{
    return new UserMappingCommand(m_sink, m_company, m_kind, m_label, m_before, m_after, parent);
}

TableDecisionCommand::TableDecisionCommand(EditSink *sink, EntryId id, TableKind kind,
                                           const std::optional<TableDecision> &before,
                                           const std::optional<TableDecision> &after, const QString &text,
                                           QUndoCommand *parent)
    : StoreCommand(text, parent), m_sink(sink), m_id(id), m_kind(kind), m_before(before), m_after(after)
{
}

void TableDecisionCommand::undo() { m_sink->applyTableDecision(m_id, m_kind, m_before); }
void TableDecisionCommand::redo() { m_sink->applyTableDecision(m_id, m_kind, m_after); }

StoreCommand *TableDecisionCommand::clone(QUndoCommand *parent) const
{
    return new TableDecisionCommand(m_sink, m_id, m_kind, m_before, m_after, text(), parent);
}

} // namespace ledgerlens
