// walk_patterns.hpp — the parts of a walk that remainder filters with several residue classes
// leave.
#pragma once

#include "pg/walk.hpp"

// Whether a group holds remainder filters that leave unions of residue classes: `<>`, IN lists
// of remainders, or remainders in the arms of an OR.
bool seqint_is_pattern_group(const SeqintScanBounds &bounds, const SeqintGroup &group);

// The walk of slices[0 … count) of `spec` narrowed by the pattern groups of `bounds`: plain
// slices when every pattern left is every position. Sets *divides_by_zero when a remainder
// filter's divisor is 0 (the caller raises, if any value reaches it).
SeqintWalk seqint_walk_of_patterns(const seqint::Spec &spec, const SeqintColumn &column,
                                   const SeqintScanBounds &bounds, const SeqintOperand *operands,
                                   seqint::Slice *slices, size_t count, bool &divides_by_zero);
