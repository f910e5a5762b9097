#pragma once

#include "domain/Report.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace ledgerlens {

struct ReportEntry;

// What the heading of one comparison column says, in the UI language:
// a short company name, the period ("6 months to 30 Jun 2024", "Year to
// 31 Dec 2023", "At 31 Dec 2023"), a segment if any, the currency and unit
// shown ("RMB'000", "HK$ m"); the tooltip names the report in full (company,
// filing, file, page). Composed here, once, so the view and its tooltip agree
// and a suffix the extractor printed twice is never shown twice.
class ColumnHeaderText
{
    Q_DECLARE_TR_FUNCTIONS(ColumnHeaderText)
public:
    ColumnHeaderText(const ReportEntry &entry, const Table &table, int column, qint64 displayUnit);

    QString company() const { return m_company; }     // in full; the file's name when none was read
    QString shortCompany() const { return shortCompany(m_company); }
    QString period() const;                            // from period end and months; the label when undated
    // The period from longest to shortest, every form keeping the year, for a
    // narrow column: "6 months to 30 Jun 2024", "6M to 30 Jun 2024",
    // "6M Jun 2024", "30 Jun 2024", "Jun 2024", "2024" ("(restated)" kept).
    QStringList periodForms() const;
    QString segment() const;                           // "" when none (or it only repeats "restated")
    QString unit() const { return unit(m_currency, m_displayUnit); }
    // The heading's lines: short company, period, [segment], unit.
    QStringList lines() const;
    // "Company\nPrinted label[ (segment)]", one suffix however often it was printed.
    QString display() const;
    QString toolTip() const;

    // "Cloud Factory Technology Holdings Limited" -> "Cloud Factory Technology";
    // "雲工廠科技控股有限公司" -> "雲工廠科技". The name itself when nothing is left.
    static QString shortCompany(const QString &company);
    static QString period(const Column &column);
    static QStringList periodForms(const Column &column);
    // A period end as headings write it in the UI language: "30 Jun 2024", "2024年6月30日".
    static QString date(const QDate &end);
    // The first of `forms` no wider than `room` (as `width` measures); the
    // last when none is (the caller elides it): a narrow heading drops words,
    // not the ends of words.
    static QString fit(const QStringList &forms, double room, const std::function<double(const QString &)> &width);
    // Figures in `unit` of `currency`: "RMB'000", "HK$ m", "US$" (units).
    static QString unit(const QString &currency, qint64 unit);
    // The label with a parenthesised suffix once: "2023 (Restated)" + "(Restated)"
    // -> "2023 (Restated)"; "((Restated))" -> "(Restated)".
    static QString withSuffix(const QString &label, const QString &segment);
    // The printed words "restated" / 重列 in a column label or segment.
    static bool saysRestated(const QString &text);

private:
    bool restated() const;   // dated and printed as restated

    QString m_company;
    QString m_kind;
    QString m_file;
    QString m_currency;
    int m_page = 0;
    Column m_column;
    qint64 m_displayUnit = 1;
};

} // namespace ledgerlens
