// SPDX-License-Identifier: MIT
// The résumé both DocumentReader tests write as a .docx: a title, headings, a list, a table and markup characters.
#pragma once

#include "documentfixtures.h"

namespace Protostar::Test {

inline const QList<FixtureBlock> kResume = {
    title(QStringLiteral("홍길동 이력서")),
    heading(1, QStringLiteral("경력사항")),
    para(QStringLiteral("주식회사 한빛에서 5년간 데스크톱 앱을 개발했습니다.")),
    listItem(QStringLiteral("Qt 6 기반 분석 도구 개발")),
    listItem(QStringLiteral("SQLite 저장소 설계 & 마이그레이션")),
    heading(2, QStringLiteral("학력")),
    table({{QStringLiteral("기간"), QStringLiteral("학교"), QStringLiteral("전공")},
           {QStringLiteral("2010-2014"), QStringLiteral("한국대학교"), QStringLiteral("컴퓨터공학")}}),
    para(QStringLiteral("References <available> on request.")),
};

} // namespace Protostar::Test
