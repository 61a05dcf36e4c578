// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace Protostar {

// The people a question asks about by name: "김철수의 희망 연봉은?", "김철수 씨는 …", "John Smith's
// email". A recruiter asking about someone no document mentions must be told so, not shown another
// candidate's salary. Only shapes that are names with little doubt count: a Latin proper noun before a
// possessive, and a Korean surname (one of the forty commonest, or a two-syllable one such as 남궁) with a
// two-syllable given name before 의, 에게, 씨 or 님 (before 은/는/이/가 too many ordinary words
// look like names: "나왔는가", "차이점은"). Stateless; thread-safe.
class PersonMentions
{
public:
    // The names, as written in `question` (NFC), distinct, in order.
    static QStringList of(const QString &question);
    // Those and a Latin proper noun before a Korean particle ("Emily의 연봉은?"), which may as well be an
    // organisation ("Gartner는 …"): enough to choose a candidate who bears the name, not to refuse.
    static QStringList ofOrOrganisation(const QString &question);
};

} // namespace Protostar
