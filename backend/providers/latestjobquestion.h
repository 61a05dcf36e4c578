// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Protostar {

// Questions about someone's latest job: asked for it ("직전 회사는?", "현재 직장은?", "What is Olivia Reed's current
// company?", "last employer"), whose entry's heading answers, or asked what was done there ("What did Oliver Grant do
// at his last job?", "직전 회사에서 무슨 일을 했어?", "마지막 직장에서 한 일은?"), which the latest entry answers with what
// its lines say. Text is the question as asked. Stateless; thread-safe.
class LatestJobQuestion
{
public:
    // Whether the question asks for the latest job itself (not what was done there).
    static bool asksJob(const QString &question);
    // Whether the question asks what was done at the latest job, named as where it was done.
    static bool asksWorkThere(const QString &question);
    // `folded` (lower-case NFC) without the latest job named as a place ("at his last job", "직전 회사에서"), when the
    // question asks what was done there: what is left asks for experience, of the entry FieldFirst keeps.
    static QString withoutPlace(const QString &folded);
};

} // namespace Protostar
