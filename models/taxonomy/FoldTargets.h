#pragma once

#include "domain/TableKind.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace ledgerlens {

// The "Other ..." rows of the standardised comparison, per table kind, in
// statement order: a line only one report prints folds into the target of
// the block it sits in. Data: "fold_targets" in :/taxonomy/taxonomy.json.
struct FoldTarget
{
    QString key;          // the row's key; a printed row with this key folds in too
    QString name;         // English name
    QString zhHk;         // Traditional Chinese name
    QString zhCn;         // Simplified Chinese name
    QStringList sections; // heading sections (RowKeyer) that open the block
    QStringList until;    // keys of the rows that close it

    QString nameIn(const QString &uiLanguage) const;
};

class FoldTargets
{
public:
    static const FoldTargets &builtin();
    static FoldTargets fromJson(const QByteArray &json, QString *error = nullptr);

    QVector<FoldTarget> targets(TableKind kind) const { return m_targets.value(kind); }
    const FoldTarget *find(TableKind kind, const QString &key) const;

private:
    QMap<TableKind, QVector<FoldTarget>> m_targets;
};

} // namespace ledgerlens
