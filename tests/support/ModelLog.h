#pragma once

// Every change a model announces, as text ("columnsInserted 2-3",
// "dataChanged 0,0-0,0", "layoutChanged", "modelReset"), so a test states
// the exact ranges a store change must produce.

#include <QAbstractItemModel>
#include <QStringList>
#include <utility>

class ModelLog : public QObject
{
public:
    // checkRole: dataChanged of that role alone goes to checkLines.
    explicit ModelLog(QAbstractItemModel *model, int checkRole = -1) : m_checkRole(checkRole)
    {
        using M = QAbstractItemModel;
        auto span = [this](const char *what) {
            return [this, what](const QModelIndex &, int first, int last) {
                lines << QStringLiteral("%1 %2-%3").arg(QLatin1String(what)).arg(first).arg(last);
            };
        };
        connect(model, &M::rowsInserted, this, span("rowsInserted"));
        connect(model, &M::rowsRemoved, this, span("rowsRemoved"));
        connect(model, &M::columnsInserted, this, span("columnsInserted"));
        connect(model, &M::columnsRemoved, this, span("columnsRemoved"));
        connect(model, &M::columnsMoved, this, [this](const QModelIndex &, int first, int last, const QModelIndex &, int to) {
            lines << QStringLiteral("columnsMoved %1-%2 to %3").arg(first).arg(last).arg(to);
        });
        connect(model, &M::rowsMoved, this, [this](const QModelIndex &, int first, int last, const QModelIndex &, int to) {
            lines << QStringLiteral("rowsMoved %1-%2 to %3").arg(first).arg(last).arg(to);
        });
        connect(model, &M::layoutChanged, this, [this] { lines << QStringLiteral("layoutChanged"); });
        connect(model, &M::modelReset, this, [this] { lines << QStringLiteral("modelReset"); });
        connect(model, &M::headerDataChanged, this, [this](Qt::Orientation o, int first, int last) {
            lines << QStringLiteral("header%1 %2-%3").arg(o == Qt::Horizontal ? QLatin1String("H") : QLatin1String("V"))
                         .arg(first).arg(last);
        });
        connect(model, &M::dataChanged, this, [this](const QModelIndex &a, const QModelIndex &b, const QList<int> &roles) {
            // Check marks (a role of their own) follow the arithmetic, not the edit: kept apart.
            const bool check = roles.size() == 1 && roles.first() == m_checkRole;
            (check ? checkLines : lines) << QStringLiteral("dataChanged %1,%2-%3,%4")
                                                .arg(a.row()).arg(a.column()).arg(b.row()).arg(b.column());
        });
    }
    // The structural and data changes, then forget them.
    QStringList take()
    {
        checkLines.clear();
        return std::exchange(lines, {});
    }

    QStringList lines;
    QStringList checkLines;

private:
    int m_checkRole;
};
