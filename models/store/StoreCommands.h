#pragma once

// Internal: the undo commands behind ReportStore's reviewer edits. Each holds
// the state before and after, so undo/redo restore exactly, and writes through
// an EditSink. After a re-extraction each re-binds its address (rebind());
// one whose cell is gone is dropped from the history (see UndoRebinder).

#include "EditAddress.h"
#include "EditSink.h"

#include <QUndoCommand>

namespace ledgerlens {

class StoreCommand : public QUndoCommand
{
public:
    using QUndoCommand::QUndoCommand;
    // Follows a new extraction of entry `id`; false = its cell no longer exists.
    virtual bool rebind(EntryId id, const Report &extracted) = 0;
    // The same command (current address and states) under `parent`.
    virtual StoreCommand *clone(QUndoCommand *parent) const = 0;
};

class CorrectionCommand : public StoreCommand
{
public:
    CorrectionCommand(EditSink *sink, const EditAddress &address, const std::optional<Correction> &before,
                      const std::optional<Correction> &after, const QString &text, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    bool rebind(EntryId id, const Report &extracted) override;
    StoreCommand *clone(QUndoCommand *parent) const override;
    const EditAddress &address() const { return m_address; }

private:
    EditSink *m_sink;
    EditAddress m_address;
    std::optional<Correction> m_before;
    std::optional<Correction> m_after;
};

class ReviewStatusCommand : public StoreCommand
{
public:
    ReviewStatusCommand(EditSink *sink, EntryId id, TableKind kind, ReviewStatus before, ReviewStatus after,
                        QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    bool rebind(EntryId, const Report &) override { return true; } // a table's status, not a cell
    StoreCommand *clone(QUndoCommand *parent) const override;

private:
    EditSink *m_sink;
    EntryId m_id;
    TableKind m_kind;
    ReviewStatus m_before;
    ReviewStatus m_after;
};

class UserMappingCommand : public StoreCommand
{
public:
    UserMappingCommand(EditSink *sink, const QString &company, TableKind kind, const QString &label,
                       const std::optional<UserMapping> &before, const std::optional<UserMapping> &after,
                       QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    bool rebind(EntryId, const Report &) override { return true; } // the company's caption, not a cell
    StoreCommand *clone(QUndoCommand *parent) const override;

private:
    EditSink *m_sink;
    QString m_company;
    TableKind m_kind;
    QString m_label;
    std::optional<UserMapping> m_before;
    std::optional<UserMapping> m_after;
};

class TableDecisionCommand : public StoreCommand
{
public:
    TableDecisionCommand(EditSink *sink, EntryId id, TableKind kind, const std::optional<TableDecision> &before,
                         const std::optional<TableDecision> &after, const QString &text,
                         QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    bool rebind(EntryId, const Report &) override { return true; } // a whole table, not a cell
    StoreCommand *clone(QUndoCommand *parent) const override;

private:
    EditSink *m_sink;
    EntryId m_id;
    TableKind m_kind;
    std::optional<TableDecision> m_before;
    std::optional<TableDecision> m_after;
};

// Undo texts, translated, naming the table by its title.
namespace EditTexts {
QString tableTitle(TableKind kind);
QString correctValue(const QString &row, const QString &column, TableKind kind);
QString rename(const QString &label, TableKind kind);
QString mapRow(const QString &key, TableKind kind);
QString revert(TableKind kind);
QString revertMapping(TableKind kind);
QString review(TableKind kind, ReviewStatus status);
QString rememberMapping(const QString &label);
// "Use page 5 as Cash flows (analyst7, 3 Dec 11:40)", "No Revenue mix table (...)", "Recognised Cash flows again".
QString tableDecision(TableKind kind, const std::optional<TableDecision> &decision);
} // namespace EditTexts

} // namespace ledgerlens
