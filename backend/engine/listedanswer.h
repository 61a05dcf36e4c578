// SPDX-License-Identifier: MIT
#pragma once

#include "providers/answerprovider.h"

namespace Protostar {

// A who-list of more candidates than one answer holds (the extractive provider quotes five lines, a model's answer
// is as short) answered a group of them at a time, each group as the who-question over just those candidates
// would be, and the answers joined one line after another, in the evidence's order (best supported first). The
// groups are of at most `groupSize` candidates and as even as can be, so none is a candidate alone (an answer about
// one person is not written name by name). A group the provider finds nothing in is left out. Stateless.
class ListedAnswer
{
public:
    // `request.evidence`: one entry per candidate. `sink` receives each group's answer once it is complete.
    static Result<ProviderAnswer> generate(AnswerProvider &provider, const AnswerRequest &request, int groupSize,
                                           const TokenSink &sink, const std::atomic_bool &cancelled);
};

} // namespace Protostar
