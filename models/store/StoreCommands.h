#pragma once

// Internal: the undo commands behind ReportStore's reviewer edits. Each holds
// the state before and after, so undo/redo restore exactly.

#include "ReportStore.h"

#include <QUndoCommand>

namespace ledgerlens {

class CorrectionCommand : public QUndoCommand
{
public:
    CorrectionCommand(ReportStore *store, const Correction &target, const std::optional<Correction> &before,
                      const std::optional<Correction> &after, const QString &text);
    void undo() override;
    void redo() override;

private:
    ReportStore *m_store;
    Correction m_target;
    std::optional<Correction> m_before;
    std::optional<Correction> m_after;
};

class ReviewStatusCommand : public QUndoCommand
{
public:
    ReviewStatusCommand(ReportStore *store, EntryId id, TableKind kind, ReviewStatus before, ReviewStatus after);
    void undo() override;
    void redo() override;

private:
    ReportStore *m_store;
    EntryId m_id;
    TableKind m_kind;
    ReviewStatus m_before;
    ReviewStatus m_after;
};

class UserMappingCommand : public QUndoCommand
{
public:
    UserMappingCommand(ReportStore *store, const QString &company, TableKind kind, const QString &label,
                       const std::optional<UserMapping> &before, const std::optional<UserMapping> &after);
    void undo() override;
    void redo() override;

private:
    ReportStore *m_store;
    QString m_company;
    TableKind m_kind;
    QString m_label;
    std::optional<UserMapping> m_before;
    std::optional<UserMapping> m_after;
};

} // namespace ledgerlens
