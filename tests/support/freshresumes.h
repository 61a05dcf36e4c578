// SPDX-License-Identifier: MIT
#pragma once

#include "testsupport.h"

#include <QString>

namespace Protostar::Test {

// Four résumés written at test time, never seen by the evaluation sets or the demo corpus, for
// acceptance tests of `ask`: a Korean plain-text résumé (박서연, a figure broken across two lines, a
// 학력 section of one short line), a Markdown one carrying a prompt injection (최민호, figures spelled
// 35,000,000원, 120,000,000원 and 1.2억), an English DOCX (Jane Doe) and a plain-text résumé stored decomposed (NFD, as macOS writes Hangul)
// whose candidate name is given decomposed too (한지민).
struct FreshResumes {
    QString park;  // park.txt
    QString choi;  // choi.md
    QString jane;  // jane.docx
    QString han;   // han.txt, NFD
};

FreshResumes writeFreshResumes(const QString &dir);
// Imports them into `db` with protostar-cli, one candidate each; the first failing run, or the last.
CliRun importFreshResumes(const QString &db, const FreshResumes &files);

} // namespace Protostar::Test
