#include "ColumnHeaderText.h"

#include "store/ReportStore.h"

#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

namespace ledgerlens {

namespace {
QString stripParens(QString s)
{
    s = s.trimmed();
    while (s.size() >= 2 && s.startsWith(QLatin1Char('(')) && s.endsWith(QLatin1Char(')')))
        s = s.mid(1, s.size() - 2).trimmed();
    return s;
}

// "((Restated))" -> "(Restated)"; "(Restated) (Restated)" -> "(Restated)".
QString collapseSuffixes(QString label)
{
    static const QRegularExpression nested(QStringLiteral("\\(\\s*\\(([^()]*)\\)\\s*\\)"));
    static const QRegularExpression repeated(QStringLiteral("(\\([^()]*\\))(\\s*\\1)+"),
                                             QRegularExpression::CaseInsensitiveOption);
    for (int i = 0; i < 4; ++i) {
        const QString before = label;
        label.replace(nested, QStringLiteral("(\\1)"));
        label.replace(repeated, QStringLiteral("\\1"));
        if (label == before)
            break;
    }
    return label.simplified();
}

const QRegularExpression &restatedWords()
{
    static const QRegularExpression re(QStringLiteral("re-?stated|經重列|经重列|重列"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}
} // namespace

ColumnHeaderText::ColumnHeaderText(const ReportEntry &entry, const Table &table, int column, qint64 displayUnit)
    : m_company(entry.effective.company.isEmpty() ? QFileInfo(entry.path).completeBaseName() : entry.effective.company),
      m_kind(entry.effective.kind), m_file(QFileInfo(entry.path).fileName()),
      m_currency(table.currency.isEmpty() ? entry.effective.currency : table.currency),
      m_page(table.pages.isEmpty() ? 0 : table.pages.first()), m_column(table.columns.value(column)),
      m_displayUnit(displayUnit)
{
}

QString ColumnHeaderText::shortCompany(const QString &company)
{
    // Legal-form tails say nothing in a column heading; the name before them does.
    static const QRegularExpression tail(
        QStringLiteral("([,\\s]*(?<![A-Za-z])(\\((Group|Holdings|Hong Kong|Cayman|BVI)\\)|Holdings?|Group|International|"
                       "Company|Limited|Ltd\\.?|Inc\\.?|Co\\.,?|Corporation|Corp\\.?|plc)"
                       "|\\*|(控股|集團|集团|國際|国际)?(股份)?有限公司|控股|集團|集团)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString full = company.simplified();
    QString s = full;
    for (int i = 0; i < 6; ++i) {
        const QString before = s;
        s.remove(tail);
        s = s.trimmed();
        if (s == before)
            break;
    }
    return s.size() < 2 ? full : s;
}

QString ColumnHeaderText::period(const Column &column)
{
    if (!column.periodEnd.isValid())
        return collapseSuffixes(column.label);
    const QString date = ColumnHeaderText::date(column.periodEnd);
    if (column.months == 12)
        return tr("Year to %1").arg(date);
    if (column.months > 0)
        return tr("%1 months to %2").arg(column.months).arg(date);
    return tr("At %1").arg(date);
}

QString ColumnHeaderText::date(const QDate &end)
{
    //: Date format of a period end in column headings (Qt QDate format; MMM is an English month).
    return QLocale::c().toString(end, tr("d MMM yyyy"));
}

QStringList ColumnHeaderText::periodForms(const Column &column)
{
    QStringList forms{period(column)};
    if (!column.periodEnd.isValid())
        return forms;
    const QDate end = column.periodEnd;
    const QString date = ColumnHeaderText::date(end);
    //: Date format of a period end's month in a narrow column heading (Qt QDate format; MMM is an English month).
    const QString month = QLocale::c().toString(end, tr("MMM yyyy"));
    if (column.months == 12) {
        //: Narrow column heading: a financial year to a date ("FY to 31 Dec 2023").
        forms << tr("FY to %1").arg(date);
        //: Narrower column heading: a financial year to a month ("FY Dec 2023").
        forms << tr("FY %1").arg(month);
    } else if (column.months > 0) {
        //: Narrow column heading: %1 months to a date ("6M to 30 Jun 2024").
        forms << tr("%1M to %2").arg(column.months).arg(date);
        //: Narrower column heading: %1 months to a month ("6M Jun 2024").
        forms << tr("%1M %2").arg(column.months).arg(month);
    }
    forms << date << month << QString::number(end.year());
    forms.removeDuplicates();
    return forms;
}

QString ColumnHeaderText::fit(const QStringList &forms, double room, const std::function<double(const QString &)> &width)
{
    for (const QString &f : forms)
        if (width(f) <= room)
            return f;
    return forms.isEmpty() ? QString() : forms.last();
}

bool ColumnHeaderText::restated() const
{
    // Undated: the label as printed already says whatever it says.
    return m_column.periodEnd.isValid() && (saysRestated(m_column.label) || saysRestated(m_column.segment));
}

QString ColumnHeaderText::period() const
{
    const QString p = period(m_column);
    return restated() ? tr("%1 (restated)").arg(p) : p;
}

QStringList ColumnHeaderText::periodForms() const
{
    QStringList forms = periodForms(m_column);
    if (restated())
        for (QString &f : forms)
            f = tr("%1 (restated)").arg(f);
    return forms;
}

QString ColumnHeaderText::segment() const
{
    const QString s = stripParens(m_column.segment);
    if (s.isEmpty() || QString(s).remove(restatedWords()).remove(QRegularExpression(QStringLiteral("[\\s()]"))).isEmpty())
        return QString();  // only "restated": the period line says it
    return s;
}

QString ColumnHeaderText::unit(const QString &currency, qint64 unit)
{
    const QString code = currency.trimmed().toUpper();
    QString symbol = code;
    if (code == QLatin1String("HKD"))
        symbol = tr("HK$");
    else if (code == QLatin1String("USD"))
        symbol = tr("US$");
    else if (code == QLatin1String("SGD"))
        symbol = tr("S$");
    else if (code == QLatin1String("RMB") || code == QLatin1String("CNY"))
        symbol = tr("RMB");
    if (unit == 1000)
        return symbol.isEmpty() ? QStringLiteral("'000") : tr("%1'000").arg(symbol);
    if (unit == 1000000)
        return symbol.isEmpty() ? tr("million") : tr("%1 m").arg(symbol);
    if (unit == 1)
        return symbol.isEmpty() ? tr("units") : tr("%1 (units)").arg(symbol);
    return QStringLiteral("%1 \u00d7%2").arg(symbol).arg(unit).trimmed();
}

QString ColumnHeaderText::withSuffix(const QString &label, const QString &segment)
{
    const QString l = collapseSuffixes(label);
    const QString s = stripParens(segment);
    if (s.isEmpty() || l.contains(QLatin1Char('(') + s + QLatin1Char(')'), Qt::CaseInsensitive)
        || l.endsWith(s, Qt::CaseInsensitive))
        return l;
    return l.isEmpty() ? s : QStringLiteral("%1 (%2)").arg(l, s);
}

bool ColumnHeaderText::saysRestated(const QString &text) { return text.contains(restatedWords()); }

QStringList ColumnHeaderText::lines() const
{
    QStringList out{shortCompany(), period()};
    const QString s = segment();
    if (!s.isEmpty())
        out << s;
    out << unit();
    return out;
}

QString ColumnHeaderText::display() const
{
    return m_company + QLatin1Char('\n') + withSuffix(m_column.label, m_column.segment);
}

QString ColumnHeaderText::toolTip() const
{
    QStringList out{m_company};
    QString filing = m_kind.isEmpty() ? tr("Report") : m_kind.left(1).toUpper() + m_kind.mid(1);
    // The period in full: a narrow heading shows a shorter form.
    out << period();
    out << (m_page > 0 ? tr("%1: %2, page %3").arg(filing, m_file).arg(m_page) : tr("%1: %2").arg(filing, m_file));
    const QString printed = withSuffix(m_column.label, m_column.segment);
    if (!printed.isEmpty())
        out << tr("Column as printed: %1").arg(printed);
    out << tr("Figures in %1").arg(unit());
    return out.join(QLatin1Char('\n'));
}

} // namespace ledgerlens
