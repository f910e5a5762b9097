#pragma once

// The analyst's word on which table of a PDF is a report's table of one kind:
// read this region instead (pages, optional box), or there is no such table.
// A review edit like a correction: undoable, saved with the workspace
// (`tableDecisions`, WORKSPACE_FORMAT.md), re-applied while the PDF is
// unchanged and flagged for review once it changed.

#include "StoreTypes.h"
#include "domain/TableRegion.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace ledgerlens {

struct TableDecision
{
    TableKind kind = TableKind::ProfitOrLoss;
    std::optional<TableRegion> region;  // nullopt: the report has no such table
    QByteArray sha256;                  // hex SHA-256 of the PDF it was made on
    QString note;
    QString user;                       // who (currentUserName())
    QDateTime timestamp;                // when, UTC
    bool stale = false;                 // the PDF changed since: not applied, waits for review

    bool operator==(const TableDecision &o) const
    {
        return kind == o.kind && region == o.region && sha256 == o.sha256 && note == o.note && user == o.user
            && timestamp == o.timestamp && stale == o.stale;
    }
    // "pages 76–77" / "page 5, a box" / "no table", translated.
    QString regionText() const;
};

namespace TableDecisionJson {
QJsonObject toJson(const TableDecision &d);
// nullopt with *error when the object is not a decision.
std::optional<TableDecision> fromJson(const QJsonObject &o, QString *error);
} // namespace TableDecisionJson

} // namespace ledgerlens
