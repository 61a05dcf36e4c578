<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
  <context>
    <name>Protostar::CandidateListModel</name>
    <message numerus="yes">
      <location filename="../widgets/models/candidatelistmodel.cpp" line="85" />
      <source>%1: %n document(s), %2 passages</source>
      <translation>
        <numerusform>%1: 문서 %n개, 단락 %2개</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../widgets/models/candidatelistmodel.cpp" line="116" />
      <source>Name</source>
      <translation>이름</translation>
    </message>
    <message>
      <location filename="../widgets/models/candidatelistmodel.cpp" line="118" />
      <source>Documents</source>
      <translation>문서</translation>
    </message>
    <message>
      <location filename="../widgets/models/candidatelistmodel.cpp" line="120" />
      <source>Skills and headings</source>
      <translation>기술 및 항목</translation>
    </message>
    <message>
      <location filename="../widgets/models/candidatelistmodel.cpp" line="122" />
      <source>Last import</source>
      <translation>최근 가져오기</translation>
    </message>
  </context>
  <context>
    <name>Protostar::CandidatePanel</name>
    <message>
      <location filename="../widgets/candidatepanel.cpp" line="144" />
      <source>All &amp;documents</source>
      <translation>모든 문서(&amp;D)</translation>
    </message>
    <message>
      <location filename="../widgets/candidatepanel.cpp" line="149" />
      <source>Search candidates, skills, headings (Ctrl+K)</source>
      <translation>후보자, 기술, 항목 검색 (Ctrl+K)</translation>
    </message>
    <message>
      <location filename="../widgets/candidatepanel.cpp" line="143" />
      <source>&amp;Documents of the selected candidates</source>
      <translation>선택한 후보자의 문서(&amp;D)</translation>
    </message>
  </context>
  <context>
    <name>Protostar::ChatPanel</name>
    <message>
      <location filename="../widgets/chatpanel.cpp" line="66" />
      <location filename="../widgets/chatpanel.cpp" line="115" />
      <source>Selected candidates (%1)</source>
      <translation>선택한 후보자 (%1명)</translation>
    </message>
    <message>
      <location filename="../widgets/chatpanel.cpp" line="113" />
      <source>&amp;Ask about:</source>
      <translation>질문 범위(&amp;A):</translation>
    </message>
    <message>
      <location filename="../widgets/chatpanel.cpp" line="114" />
      <source>All candidates</source>
      <translation>모든 후보자</translation>
    </message>
    <message>
      <location filename="../widgets/chatpanel.cpp" line="116" />
      <source>Ask a question — Enter sends, Shift+Enter adds a line, Esc stops</source>
      <translation>질문을 입력하세요 — Enter 보내기, Shift+Enter 줄바꿈, Esc 중지</translation>
    </message>
    <message>
      <location filename="../widgets/chatpanel.cpp" line="117" />
      <source>&amp;Send</source>
      <translation>보내기(&amp;S)</translation>
    </message>
    <message>
      <location filename="../widgets/chatpanel.cpp" line="118" />
      <source>S&amp;top</source>
      <translation>중지(&amp;T)</translation>
    </message>
    <message>
      <location filename="../widgets/chatpanel.cpp" line="119" />
      <source>Stop generating (Esc)</source>
      <translation>답변 생성 중지 (Esc)</translation>
    </message>
  </context>
  <context>
    <name>Protostar::CitationModel</name>
    <message>
      <location filename="../widgets/models/citationmodel.cpp" line="19" />
      <source>p. %1</source>
      <translation>%1쪽</translation>
    </message>
  </context>
  <context>
    <name>Protostar::CompareDialog</name>
    <message>
      <location filename="../widgets/comparedialog.cpp" line="180" />
      <source>%1 candidates: each answer comes only from that candidate's documents.</source>
      <translation>후보자 %1명: 각 답변은 해당 후보자의 문서에서만 나옵니다.</translation>
    </message>
    <message>
      <location filename="../widgets/comparedialog.cpp" line="181" />
      <source>Check two to four candidates (%1 checked).</source>
      <translation>후보자를 2~4명 선택하세요 (현재 %1명).</translation>
    </message>
    <message>
      <location filename="../widgets/comparedialog.cpp" line="193" />
      <source>Compare candidates</source>
      <translation>후보자 비교</translation>
    </message>
    <message>
      <location filename="../widgets/comparedialog.cpp" line="194" />
      <source>C&amp;andidates:</source>
      <translation>후보자(&amp;A):</translation>
    </message>
    <message>
      <location filename="../widgets/comparedialog.cpp" line="195" />
      <source>&amp;Question:</source>
      <translation>질문(&amp;Q):</translation>
    </message>
    <message>
      <location filename="../widgets/comparedialog.cpp" line="196" />
      <source>&amp;Compare</source>
      <translation>비교(&amp;C)</translation>
    </message>
  </context>
  <context>
    <name>Protostar::DocumentListModel</name>
    <message>
      <location filename="../widgets/models/documentlistmodel.cpp" line="81" />
      <source>Document</source>
      <translation>문서</translation>
    </message>
    <message>
      <location filename="../widgets/models/documentlistmodel.cpp" line="83" />
      <source>Format</source>
      <translation>형식</translation>
    </message>
    <message>
      <location filename="../widgets/models/documentlistmodel.cpp" line="85" />
      <source>Pages</source>
      <translation>쪽수</translation>
    </message>
    <message>
      <location filename="../widgets/models/documentlistmodel.cpp" line="87" />
      <source>Passages</source>
      <translation>단락</translation>
    </message>
    <message>
      <location filename="../widgets/models/documentlistmodel.cpp" line="89" />
      <source>Imported</source>
      <translation>가져옴</translation>
    </message>
  </context>
  <context>
    <name>Protostar::DocumentViewer</name>
    <message>
      <location filename="../widgets/documentviewer.cpp" line="126" />
      <source>Select a document, or click a citation [n] in an answer to see its source paragraph.</source>
      <translation>문서를 선택하거나, 답변의 인용 [n]을 클릭하면 출처 단락을 볼 수 있습니다.</translation>
    </message>
    <message>
      <location filename="../widgets/documentviewer.cpp" line="134" />
      <source>page %1</source>
      <translation>%1쪽</translation>
    </message>
  </context>
  <context>
    <name>Protostar::ImportProgressModel</name>
    <message numerus="yes">
      <location filename="../widgets/models/importprogressmodel.cpp" line="39" />
      <source>%1 · %n passage(s)</source>
      <translation>
        <numerusform>%1 · 단락 %n개</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../widgets/models/importprogressmodel.cpp" line="112" />
      <source>Importing…</source>
      <translation>가져오는 중…</translation>
    </message>
    <message>
      <location filename="../widgets/models/importprogressmodel.cpp" line="114" />
      <source>Imported</source>
      <translation>가져옴</translation>
    </message>
    <message>
      <location filename="../widgets/models/importprogressmodel.cpp" line="116" />
      <source>Unchanged</source>
      <translation>변경 없음</translation>
    </message>
    <message>
      <location filename="../widgets/models/importprogressmodel.cpp" line="118" />
      <source>Failed</source>
      <translation>실패</translation>
    </message>
    <message>
      <location filename="../widgets/models/importprogressmodel.cpp" line="120" />
      <source>Cancelled</source>
      <translation>취소됨</translation>
    </message>
    <message>
      <location filename="../widgets/models/importprogressmodel.cpp" line="182" />
      <source>File</source>
      <translation>파일</translation>
    </message>
    <message>
      <location filename="../widgets/models/importprogressmodel.cpp" line="184" />
      <source>Status</source>
      <translation>상태</translation>
    </message>
    <message>
      <location filename="../widgets/models/importprogressmodel.cpp" line="186" />
      <source>Details</source>
      <translation>세부 정보</translation>
    </message>
  </context>
  <context>
    <name>Protostar::ImportProgressWidget</name>
    <message>
      <location filename="../widgets/importprogresswidget.cpp" line="75" />
      <source>%1 of %2 files</source>
      <translation>파일 %2개 중 %1개</translation>
    </message>
    <message numerus="yes">
      <location filename="../widgets/importprogresswidget.cpp" line="77" />
      <source>%n failed</source>
      <translation>
        <numerusform>%n개 실패</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../widgets/importprogresswidget.cpp" line="81" />
      <source>estimating time left…</source>
      <translation>남은 시간 계산 중…</translation>
    </message>
    <message numerus="yes">
      <location filename="../widgets/importprogresswidget.cpp" line="83" />
      <source>about %n second(s) left</source>
      <translation>
        <numerusform>약 %n초 남음</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../widgets/importprogresswidget.cpp" line="85" />
      <source>about %n minute(s) left</source>
      <translation>
        <numerusform>약 %n분 남음</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../widgets/importprogresswidget.cpp" line="87" />
      <source>done</source>
      <translation>완료</translation>
    </message>
    <message>
      <location filename="../widgets/importprogresswidget.cpp" line="101" />
      <source>&amp;Cancel import</source>
      <translation>가져오기 취소(&amp;C)</translation>
    </message>
    <message>
      <location filename="../widgets/importprogresswidget.cpp" line="102" />
      <source>Hide</source>
      <translation>숨기기</translation>
    </message>
  </context>
  <context>
    <name>Protostar::MainWindow</name>
    <message>
      <location filename="../widgets/mainwindow.cpp" line="158" />
      <source>The demo corpus was not found; import your own documents with File ▸ Import.</source>
      <translation>데모 문서를 찾지 못했습니다. 파일 ▸ 가져오기로 문서를 가져오세요.</translation>
    </message>
    <message>
      <location filename="../widgets/mainwindow.cpp" line="168" />
      <source>First start: importing the demo candidates…</source>
      <translation>첫 실행: 데모 후보자를 가져오는 중…</translation>
    </message>
    <message>
      <location filename="../widgets/mainwindow.cpp" line="186" />
      <source>Delete conversation</source>
      <translation>대화 삭제</translation>
    </message>
    <message>
      <location filename="../widgets/mainwindow.cpp" line="186" />
      <source>Delete this conversation and its history?</source>
      <translation>이 대화와 기록을 삭제할까요?</translation>
    </message>
    <message numerus="yes">
      <location filename="../widgets/mainwindow.cpp" line="228" />
      <location filename="../widgets/mainwindowactions.cpp" line="142" />
      <source>Index: %n passage(s)</source>
      <translation>
        <numerusform>색인: 단락 %n개</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../widgets/mainwindow.cpp" line="246" />
      <source>Resuming the import that was interrupted last time…</source>
      <translation>지난번에 중단된 가져오기를 이어서 진행하는 중…</translation>
    </message>
    <message>
      <location filename="../widgets/mainwindow.cpp" line="273" />
      <source>Import finished: %1 imported, %2 unchanged, %3 failed</source>
      <translation>가져오기 완료: %1개 가져옴, %2개 변경 없음, %3개 실패</translation>
    </message>
    <message>
      <location filename="../widgets/mainwindow.cpp" line="329" />
      <source>Searching the documents…</source>
      <translation>문서를 검색하는 중…</translation>
    </message>
    <message>
      <location filename="../widgets/mainwindow.cpp" line="340" />
      <source>First words after %1 ms…</source>
      <translation>%1ms 만에 첫 응답…</translation>
    </message>
    <message>
      <location filename="../widgets/mainwindow.cpp" line="340" />
      <source>Answering…</source>
      <translation>답변하는 중…</translation>
    </message>
    <message>
      <location filename="../widgets/mainwindow.cpp" line="354" />
      <source>Answered in %1 ms</source>
      <translation>%1ms 만에 답변</translation>
    </message>
    <message numerus="yes">
      <location filename="../widgets/mainwindow.cpp" line="355" />
      <source>%n source(s) cited</source>
      <translation>
        <numerusform>출처 %n개 인용</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../widgets/mainwindow.cpp" line="356" />
      <source>%n related passage(s)</source>
      <translation>
        <numerusform>관련 단락 %n개</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../widgets/mainwindow.cpp" line="368" />
      <location filename="../widgets/mainwindow.cpp" line="381" />
      <source>Stopped</source>
      <translation>중지됨</translation>
    </message>
    <message>
      <location filename="../widgets/mainwindow.cpp" line="378" />
      <source>Stopped by you.</source>
      <translation>사용자가 중지했습니다.</translation>
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="37" />
      <source>Import documents</source>
      <translation>문서 가져오기</translation>
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="38" />
      <source>Documents (%1)</source>
      <translation>문서 (%1)</translation>
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="38" />
      <source>All files (*)</source>
      <translation>모든 파일 (*)</translation>
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="43" />
      <source>Import a folder</source>
      <translation>폴더 가져오기</translation>
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="49" />
      <source>Link a folder</source>
      <translation>폴더 연결</translation>
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="55" />
      <source>Watching %1: new and changed files are imported in the background.</source>
      <translation>%1 폴더를 지켜보는 중: 새 파일과 바뀐 파일은 백그라운드에서 가져옵니다.</translation>
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="74" />
      <source>Delete candidates</source>
      <translation>후보자 삭제</translation>
    </message>
    <message numerus="yes">
      <location filename="../widgets/mainwindowactions.cpp" line="75" />
      <source>Delete %n candidate(s) with all their documents? This cannot be undone.</source>
      <translation>
        <numerusform>후보자 %n명과 그 문서를 모두 삭제할까요? 되돌릴 수 없습니다.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="123" />
      <source>Protostar — candidates' documents, answered with sources</source>
      <translation>Protostar(원시성) — 후보자 문서에 출처와 함께 답합니다</translation>
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="124" />
      <source>&amp;File</source>
      <translation>파일(&amp;F)</translation>
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="125" />
      <source>&amp;Import Files…</source>
      <translation>파일 가져오기(&amp;I)…</translation>
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="126" />
      <source>Import &amp;Folder…</source>
      <translation>폴더 가져오기(&amp;F)…</translation>
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="127" />
      <source>&amp;Link Folder (watch for changes)…</source>
      <translation>폴더 연결(변경 감시)(&amp;L)…</translation>
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="128" />
      <source>&amp;Settings…</source>
      <translation>설정(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="129" />
      <source>&amp;Quit</source>
      <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="130" />
      <source>&amp;Candidates</source>
      <translation>후보자(&amp;C)</translation>
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="131" />
      <source>&amp;Find Candidate</source>
      <translation>후보자 찾기(&amp;F)</translation>
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="132" />
      <source>&amp;Compare Candidates…</source>
      <translation>후보자 비교(&amp;C)…</translation>
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="133" />
      <source>&amp;Delete Selected Candidates…</source>
      <translation>선택한 후보자 삭제(&amp;D)…</translation>
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="134" />
      <source>C&amp;hat</source>
      <translation>대화(&amp;H)</translation>
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="135" />
      <source>&amp;Ask a Question</source>
      <translation>질문하기(&amp;A)</translation>
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="136" />
      <source>&amp;New Conversation</source>
      <translation>새 대화(&amp;N)</translation>
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="137" />
      <source>&amp;Stop Generating</source>
      <translation>답변 생성 중지(&amp;S)</translation>
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="138" />
      <source>Import progress</source>
      <translation>가져오기 진행 상황</translation>
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="139" />
      <source>Show &amp;Import Progress</source>
      <translation>가져오기 진행 상황 보기(&amp;I)</translation>
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="140" />
      <source>S&amp;ources of the last answer</source>
      <translation>마지막 답변의 출처(&amp;O)</translation>
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="144" />
      <source>Preparing the index…</source>
      <translation>색인을 준비하는 중…</translation>
    </message>
  </context>
  <context>
    <name>Protostar::SessionListModel</name>
    <message numerus="yes">
      <location filename="../widgets/models/sessionlistmodel.cpp" line="45" />
      <source>%n question(s), last %1</source>
      <translation>
        <numerusform>질문 %n개, 마지막 %1</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Protostar::SessionPanel</name>
    <message>
      <location filename="../widgets/sessionpanel.cpp" line="101" />
      <source>Sessi&amp;ons</source>
      <translation>대화 목록(&amp;O)</translation>
    </message>
    <message>
      <location filename="../widgets/sessionpanel.cpp" line="102" />
      <source>&amp;New</source>
      <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
      <location filename="../widgets/sessionpanel.cpp" line="103" />
      <source>Start a new conversation (Ctrl+N)</source>
      <translation>새 대화 시작 (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../widgets/sessionpanel.cpp" line="104" />
      <source>&amp;Rename</source>
      <translation>이름 바꾸기(&amp;R)</translation>
    </message>
    <message>
      <location filename="../widgets/sessionpanel.cpp" line="105" />
      <source>Rename the selected conversation (F2)</source>
      <translation>선택한 대화의 이름 바꾸기 (F2)</translation>
    </message>
    <message>
      <location filename="../widgets/sessionpanel.cpp" line="106" />
      <source>Delete</source>
      <translation>삭제</translation>
    </message>
    <message>
      <location filename="../widgets/sessionpanel.cpp" line="107" />
      <source>Delete the selected conversation (Del)</source>
      <translation>선택한 대화 삭제 (Del)</translation>
    </message>
  </context>
  <context>
    <name>Protostar::SettingsDialog</name>
    <message>
      <location filename="../widgets/settingsdialog.cpp" line="68" />
      <source>Data folder</source>
      <translation>데이터 폴더</translation>
    </message>
    <message>
      <location filename="../widgets/settingsdialog.cpp" line="128" />
      <source>Settings</source>
      <translation>설정</translation>
    </message>
    <message>
      <location filename="../widgets/settingsdialog.cpp" line="129" />
      <source>&amp;Language:</source>
      <translation>언어(&amp;L):</translation>
    </message>
    <message>
      <location filename="../widgets/settingsdialog.cpp" line="130" />
      <source>Answer &amp;provider:</source>
      <translation>답변 제공자(&amp;P):</translation>
    </message>
    <message>
      <location filename="../widgets/settingsdialog.cpp" line="131" />
      <source>Extractive (offline, quotes the documents)</source>
      <translation>추출형 (오프라인, 문서를 그대로 인용)</translation>
    </message>
    <message>
      <location filename="../widgets/settingsdialog.cpp" line="132" />
      <source>OpenAI-compatible server</source>
      <translation>OpenAI 호환 서버</translation>
    </message>
    <message>
      <location filename="../widgets/settingsdialog.cpp" line="133" />
      <source>&amp;Base URL:</source>
      <translation>기본 URL(&amp;B):</translation>
    </message>
    <message>
      <location filename="../widgets/settingsdialog.cpp" line="134" />
      <source>&amp;Model:</source>
      <translation>모델(&amp;M):</translation>
    </message>
    <message>
      <location filename="../widgets/settingsdialog.cpp" line="135" />
      <source>Saved for later: this version answers with the extractive provider.</source>
      <translation>나중을 위해 저장됩니다. 이 버전은 추출형 제공자로 답합니다.</translation>
    </message>
    <message>
      <location filename="../widgets/settingsdialog.cpp" line="136" />
      <source>&amp;Data folder:</source>
      <translation>데이터 폴더(&amp;D):</translation>
    </message>
    <message>
      <location filename="../widgets/settingsdialog.cpp" line="137" />
      <source>Default location</source>
      <translation>기본 위치</translation>
    </message>
    <message>
      <location filename="../widgets/settingsdialog.cpp" line="138" />
      <source>&amp;Browse…</source>
      <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
      <location filename="../widgets/settingsdialog.cpp" line="139" />
      <source>A new data folder is used the next time Protostar starts.</source>
      <translation>새 데이터 폴더는 Protostar를 다음에 시작할 때 사용됩니다.</translation>
    </message>
  </context>
  <context>
    <name>Protostar::TranscriptView</name>
    <message>
      <location filename="../widgets/transcriptview.cpp" line="89" />
      <source>Ask about the candidates' documents, in Korean or English. Every answer cites the paragraph it comes from.</source>
      <translation>후보자의 문서에 대해 한국어나 영어로 질문하세요. 모든 답변은 근거가 된 단락을 인용합니다.</translation>
    </message>
    <message>
      <location filename="../widgets/transcriptview.cpp" line="104" />
      <source>Q:</source>
      <translation>질문:</translation>
    </message>
    <message>
      <location filename="../widgets/transcriptview.cpp" line="110" />
      <location filename="../widgets/transcriptview.cpp" line="114" />
      <source>Not found in the documents</source>
      <translation>문서에서 찾을 수 없습니다</translation>
    </message>
    <message>
      <location filename="../widgets/transcriptview.cpp" line="122" />
      <source>Related passages (%1)</source>
      <translation>관련 단락 (%1개)</translation>
    </message>
    <message>
      <location filename="../widgets/transcriptview.cpp" line="145" />
      <source>Sources:</source>
      <translation>출처:</translation>
    </message>
  </context>
</TS>
