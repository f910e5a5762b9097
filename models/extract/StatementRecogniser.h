#pragma once

#include "PageText.h"
#include "StatementTitles.h"
#include "domain/Report.h"

#include <QMap>

namespace ledgerlens {

// Finds the four primary statements: a whole-line title, the period header
// under it and its rows, followed over "(continued)" pages. Highlights and
// MD&A tables repeating the figures have no such title and lose.
class StatementRecogniser
{
public:
    explicit StatementRecogniser(const DocumentText &doc);
    // warnings (optional) receives a line per statement whose title was
    // found but whose table could not be read, with its page; candidates
    // (optional) the other readable tables of each kind found, best first.
    QMap<TableKind, Table> recognise(const QDate &fallbackDate, QStringList *warnings = nullptr,
                                     QVector<TableCandidate> *candidates = nullptr) const;

    // The title lines found on a page (index of line, title).
    static QVector<QPair<int, StatementTitle>> titlesOn(const PageText &page);
    // Whether a table prints lines of a profit or loss (revenue, tax...).
    static bool holdsProfitOrLoss(const Table &table);

private:
    struct Candidate { int pageIndex; int line; StatementTitle title; Table table; int score; };
    static constexpr int kMaxRunnersUp = 3;   // per kind: a short menu, not a list of every page
    Candidate read(int pageIndex, int line, const StatementTitle &title, const QDate &fallbackDate) const;

    const DocumentText &m_doc;
    QVector<QVector<QPair<int, StatementTitle>>> m_titles; // per page, found once
};

} // namespace ledgerlens
