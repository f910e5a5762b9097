#pragma once

#include "domain/Report.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <optional>

namespace ledgerlens {

// The analyst's own choice of key for a printed label, remembered for the
// company's other filings: a company keeps its captions from year to year,
// so one decision lines up every later report.
struct UserMapping
{
    QString company;       // companyOf(): "code:1149", or "name:..." when no code is printed
    TableKind table = TableKind::ProfitOrLoss;
    QString label;         // the printed label the choice was made on
    QString key;           // taxonomy key; "" = keep the row unmapped
    QString user;          // who (currentUserName())
    QDateTime timestamp;   // when, UTC
    bool inWorkspace = false; // made in, or read from, this workspace (saved with it)

    bool operator==(const UserMapping &o) const;
    bool operator!=(const UserMapping &o) const { return !(*this == o); }
};

// The set of user mappings, one per company, table and folded label (folded
// as the taxonomy folds labels, so spacing, case and Simplified characters
// do not split one caption in two).
class UserMappings
{
public:
    // Who a report is about: its stock code (leading zeros dropped), else its
    // company name folded; empty when the report names neither.
    static QString companyOf(const Report &report);

    std::optional<UserMapping> find(const QString &company, TableKind table, const QString &printedLabel) const;
    // Replaces the mapping for the same company, table and label.
    void set(const UserMapping &mapping);
    bool remove(const QString &company, TableKind table, const QString &printedLabel);
    QVector<UserMapping> all() const;   // sorted by company, table, label
    bool isEmpty() const { return m_byKey.isEmpty(); }
    int size() const { return int(m_byKey.size()); }
    // Marks every mapping as belonging to the open workspace, or to none.
    void setInWorkspace(bool inWorkspace);
    // Adds the other set's mappings; on the same label the newer choice wins.
    void merge(const UserMappings &other);

    QJsonArray toJson() const;
    // Entries that are not valid mappings are skipped and counted in *skipped.
    static UserMappings fromJson(const QJsonArray &array, int *skipped = nullptr);

    bool operator==(const UserMappings &o) const { return m_byKey == o.m_byKey; }

private:
    static QString slot(const QString &company, TableKind table, const QString &printedLabel);
    QHash<QString, UserMapping> m_byKey;
};

} // namespace ledgerlens
