#include "StatementIdentities.h"

namespace ledgerlens::checks {

namespace {

// Emits an identity when every row was found; records the total as verified.
class Emitter
{
public:
    Emitter(const Table &t, QVector<Check> *out, QSet<int> *closed) : m_t(t), m_out(out), m_closed(closed) {}

    bool add(const QString &rule, const QVector<Term> &parts, int total)
    {
        if (total < 0)
            return false;
        for (const Term &p : parts) {
            if (p.row < 0)
                return false;
        }
        if (addIdentity(m_t, rule, parts, total, m_out) == 0)
            return false;
        m_closed->insert(total);
        return true;
    }

private:
    const Table &m_t;
    QVector<Check> *m_out;
    QSet<int> *m_closed;
};

Term plus(int row) { return {row, Sign::Plus}; }
Term minus(int row) { return {row, Sign::Minus}; }

// profit = profit before tax + tax, with tax printed negative for an expense;
// a statement that prints the expense positive ("Taxation 2,307") subtracts
// it. The convention is the one more columns agree with (plus when tied).
void taxIdentity(const Table &t, Emitter &e, const QString &totalKey, int pbt, int tax, int total)
{
    const Fit added = fitIdentity(t, {plus(pbt), plus(tax)}, total);
    const Fit subtracted = fitIdentity(t, {plus(pbt), minus(tax)}, total);
    if (subtracted.matches > added.matches)
        e.add(QStringLiteral("profit_before_tax - income_tax = %1").arg(totalKey), {plus(pbt), minus(tax)}, total);
    else
        e.add(QStringLiteral("profit_before_tax + income_tax = %1").arg(totalKey), {plus(pbt), plus(tax)}, total);
}

// Profit (or total comprehensive income) split between owners and NCI, printed
// below the total it splits.
void attributionIdentity(const Table &t, Emitter &e, const QString &totalKey, const QString &ownersKey,
                         const QString &nciKey, int total)
{
    if (total < 0)
        return;
    const int owners = findRow(t, ownersKey, total + 1);
    const int nci = findRow(t, nciKey, owners + 1);
    if (owners < 0 || nci < 0)
        return;
    e.add(QStringLiteral("%1 + %2 = %3").arg(ownersKey, nciKey, totalKey), {plus(owners), plus(nci)}, total);
}

void comprehensiveTotals(const Table &t, Emitter &e)
{
    const int profit = findRow(t, QStringLiteral("profit_for_period"));
    const int oci = findRow(t, QStringLiteral("other_comprehensive_income"), profit + 1);
    const int tci = findRow(t, QStringLiteral("total_comprehensive_income"), oci + 1);
    if (profit >= 0 && oci >= 0 && tci >= 0 && nothingElseBetween(t, oci, tci))
        e.add(QStringLiteral("profit_for_period + other_comprehensive_income = total_comprehensive_income"),
               {plus(profit), plus(oci)}, tci);
}

} // namespace

void profitOrLossIdentities(const Table &t, QVector<Check> *out, QSet<int> *closed)
{
    Emitter e(t, out, closed);

    const int revenue = findRow(t, QStringLiteral("revenue"));
    const int cost = findRow(t, QStringLiteral("cost_of_sales"), revenue + 1);
    const int gross = findRow(t, QStringLiteral("gross_profit"), cost + 1);
    if (revenue >= 0 && cost >= 0 && gross >= 0 && nothingElseBetween(t, revenue, gross, {cost}))
        e.add(QStringLiteral("revenue - cost_of_sales = gross_profit"),
               {plus(revenue), {cost, Sign::MinusMagnitude}}, gross);

    // Only when profit follows tax directly: discontinued operations or other
    // lines in between make the plain identity false.
    const int pbt = findRow(t, QStringLiteral("profit_before_tax"));
    const int tax = findRow(t, QStringLiteral("income_tax"), pbt + 1);
    const int profit = findRow(t, QStringLiteral("profit_for_period"), tax + 1);
    if (pbt >= 0 && tax >= 0 && profit >= 0 && nothingElseBetween(t, pbt, tax) && nothingElseBetween(t, tax, profit))
        taxIdentity(t, e, QStringLiteral("profit_for_period"), pbt, tax, profit);

    const int anyProfit = findRow(t, QStringLiteral("profit_for_period"));
    attributionIdentity(t, e, QStringLiteral("profit_for_period"), QStringLiteral("profit_attributable_to_owners"),
                        QStringLiteral("profit_attributable_to_nci"), anyProfit);
    comprehensiveTotals(t, e);
}

void comprehensiveIncomeIdentities(const Table &t, QVector<Check> *out, QSet<int> *closed)
{
    Emitter e(t, out, closed);
    comprehensiveTotals(t, e);
    attributionIdentity(t, e, QStringLiteral("total_comprehensive_income"), QStringLiteral("tci_attributable_to_owners"),
                        QStringLiteral("tci_attributable_to_nci"), findRow(t, QStringLiteral("total_comprehensive_income")));
}

void financialPositionIdentities(const Table &t, QVector<Check> *out, QSet<int> *closed)
{
    Emitter e(t, out, closed);
    auto row = [&t](const char *key) { return findRow(t, QString::fromLatin1(key)); };
    const int nca = row("total_non_current_assets");
    const int ca = row("total_current_assets");
    const int ta = row("total_assets");
    const int cl = row("total_current_liabilities");
    const int ncl = row("total_non_current_liabilities");
    const int tl = row("total_liabilities");
    const int netCurrent = row("net_current_assets");
    const int talcl = row("total_assets_less_current_liabilities");
    const int netAssets = row("net_assets");
    const int te = row("total_equity");
    const int tel = row("total_equity_and_liabilities");
    const int owners = row("equity_attributable_to_owners");
    const int nci = row("non_controlling_interests");

    e.add(QStringLiteral("total_non_current_assets + total_current_assets = total_assets"), {plus(nca), plus(ca)}, ta);
    e.add(QStringLiteral("total_current_assets - total_current_liabilities = net_current_assets"),
           {plus(ca), minus(cl)}, netCurrent);
    if (!e.add(QStringLiteral("total_non_current_assets + net_current_assets = total_assets_less_current_liabilities"),
                {plus(nca), plus(netCurrent)}, talcl))
        e.add(QStringLiteral("total_assets - total_current_liabilities = total_assets_less_current_liabilities"),
               {plus(ta), minus(cl)}, talcl);
    e.add(QStringLiteral("total_current_liabilities + total_non_current_liabilities = total_liabilities"),
           {plus(cl), plus(ncl)}, tl);
    if (!e.add(QStringLiteral("total_assets_less_current_liabilities - total_non_current_liabilities = net_assets"),
                {plus(talcl), minus(ncl)}, netAssets))
        e.add(QStringLiteral("total_assets - total_liabilities = net_assets"), {plus(ta), minus(tl)}, netAssets);
    e.add(QStringLiteral("net_assets = total_equity"), {plus(netAssets)}, te);
    if (netAssets < 0)
        e.add(QStringLiteral("total_equity + total_non_current_liabilities = total_assets_less_current_liabilities"),
               {plus(te), plus(ncl)}, talcl);

    // The balance: assets = equity + liabilities.
    if (tel >= 0) {
        e.add(QStringLiteral("total_equity + total_liabilities = total_equity_and_liabilities"), {plus(te), plus(tl)}, tel);
        e.add(QStringLiteral("total_assets = total_equity_and_liabilities"), {plus(tel)}, ta);
    } else {
        e.add(QStringLiteral("total_equity + total_liabilities = total_assets"), {plus(te), plus(tl)}, ta);
    }

    e.add(QStringLiteral("equity_attributable_to_owners + non_controlling_interests = total_equity"),
           {plus(owners), plus(nci)}, te);
    const int capital = row("share_capital");
    const int reserves = findRow(t, QStringLiteral("reserves"), capital + 1);
    const int ownersAfter = findRow(t, QStringLiteral("equity_attributable_to_owners"), reserves + 1);
    if (capital >= 0 && reserves >= 0 && ownersAfter >= 0 && nothingElseBetween(t, capital, ownersAfter, {reserves}))
        e.add(QStringLiteral("share_capital + reserves = equity_attributable_to_owners"),
               {plus(capital), plus(reserves)}, ownersAfter);
}

void cashFlowIdentities(const Table &t, QVector<Check> *out, QSet<int> *closed)
{
    Emitter e(t, out, closed);
    const int op = findRow(t, QStringLiteral("net_cash_operating"));
    const int inv = findRow(t, QStringLiteral("net_cash_investing"));
    const int fin = findRow(t, QStringLiteral("net_cash_financing"));
    const int net = findRow(t, QStringLiteral("net_increase_in_cash"));
    e.add(QStringLiteral("net_cash_operating + net_cash_investing + net_cash_financing = net_increase_in_cash"),
           {plus(op), plus(inv), plus(fin)}, net);

    const int begin = findRow(t, QStringLiteral("cash_at_beginning"));
    const int end = findRow(t, QStringLiteral("cash_and_cash_equivalents"), qMax(begin, net) + 1);
    const int fx = findRow(t, QStringLiteral("effect_of_exchange_rate_changes"));
    if (begin >= 0 && net >= 0 && end >= 0) {
        if (fx >= 0)
            e.add(QStringLiteral("cash_at_beginning + net_increase_in_cash + effect_of_exchange_rate_changes = "
                                  "cash_and_cash_equivalents (end)"),
                   {plus(begin), plus(net), plus(fx)}, end);
        // Without a recognised FX line, only when nothing else is printed
        // between the movement and the closing balance (an unmapped FX line
        // must not turn into a false failure).
        else if (nothingElseBetween(t, qMin(begin, net), end, {begin, net}))
            e.add(QStringLiteral("cash_at_beginning + net_increase_in_cash = cash_and_cash_equivalents (end)"),
                   {plus(begin), plus(net)}, end);
    }
}

} // namespace ledgerlens::checks
