#pragma once

#include "Taxonomy.h"

namespace ledgerlens {

// Keys worth offering for a row the taxonomy left unmapped: the variants
// sharing most words with its label (Latin words, or character pairs of a
// Chinese label), best first. A suggestion for the analyst to confirm, never
// applied by itself: the rule stays that no key is guessed.
namespace KeySuggestions {
// labels: the row's printed label(s) (English and Chinese of a bilingual row).
QStringList forLabels(const Taxonomy &taxonomy, TableKind kind, const QStringList &labels, int max = 5);
// Word overlap of two folded labels, 0..1 (Dice coefficient of their tokens).
double similarity(const QString &foldedA, const QString &foldedB);
} // namespace KeySuggestions

} // namespace ledgerlens
