#pragma once

#include "domain/Report.h"

#include <QVector>

// The arithmetic identities of a report, as pure functions: the engine runs
// them after extraction and the store re-runs them after a correction.
// Values are exact Decimals; a failed check is returned, never dropped.
//
// Per table (runTable):
//  - profit_or_loss: revenue - cost_of_sales = gross_profit (costs by
//    magnitude); profit_before_tax + income_tax = profit_for_period (when
//    printed next to each other); owners + NCI = profit_for_period;
//    profit_for_period + other_comprehensive_income = total_comprehensive_income
//  - comprehensive_income: the OCI total and its attribution
//  - financial_position: non-current + current assets = total assets,
//    current assets - current liabilities = net current assets, ... ,
//    net assets = total equity, total equity + total liabilities = total assets,
//    owners' equity + NCI = total equity, share capital + reserves
//  - cash_flows: operating + investing + financing = net increase;
//    beginning + net increase + FX effect = cash at end
//  - every statement: subtotals equal the lines above them (or the previous
//    subtotal plus those lines) where the figures establish which
//  - ageing: buckets sum to the total; revenue mix: lines sum to the total
// Across tables (run): revenue mix total = profit_or_loss revenue per period,
// compared at the coarser of the two printed precisions.
namespace ledgerlens::ArithmeticChecks {

QVector<Check> run(const Report &report);
QVector<Check> runTable(const Table &table);

} // namespace ledgerlens::ArithmeticChecks
