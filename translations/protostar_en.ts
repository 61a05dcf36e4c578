<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
  <context>
    <name>Protostar::CandidateListModel</name>
    <message numerus="yes">
      <location filename="../widgets/models/candidatelistmodel.cpp" line="85" />
      <source>%1: %n document(s), %2 passages</source>
      <translation>
        <numerusform>%1: %n document, %2 passages</numerusform>
        <numerusform>%1: %n documents, %2 passages</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../widgets/models/candidatelistmodel.cpp" line="116" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/models/candidatelistmodel.cpp" line="118" />
      <source>Documents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/models/candidatelistmodel.cpp" line="120" />
      <source>Skills and headings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/models/candidatelistmodel.cpp" line="122" />
      <source>Last import</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Protostar::CandidatePanel</name>
    <message>
      <location filename="../widgets/candidatepanel.cpp" line="144" />
      <source>All &amp;documents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/candidatepanel.cpp" line="149" />
      <source>Search candidates, skills, headings (Ctrl+K)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/candidatepanel.cpp" line="143" />
      <source>&amp;Documents of the selected candidates</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Protostar::ChatPanel</name>
    <message>
      <location filename="../widgets/chatpanel.cpp" line="66" />
      <location filename="../widgets/chatpanel.cpp" line="115" />
      <source>Selected candidates (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/chatpanel.cpp" line="113" />
      <source>&amp;Ask about:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/chatpanel.cpp" line="114" />
      <source>All candidates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/chatpanel.cpp" line="116" />
      <source>Ask a question — Enter sends, Shift+Enter adds a line, Esc stops</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/chatpanel.cpp" line="117" />
      <source>&amp;Send</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/chatpanel.cpp" line="118" />
      <source>S&amp;top</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/chatpanel.cpp" line="119" />
      <source>Stop generating (Esc)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Protostar::CitationModel</name>
    <message>
      <location filename="../widgets/models/citationmodel.cpp" line="19" />
      <source>p. %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Protostar::CompareDialog</name>
    <message>
      <location filename="../widgets/comparedialog.cpp" line="180" />
      <source>%1 candidates: each answer comes only from that candidate's documents.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/comparedialog.cpp" line="181" />
      <source>Check two to four candidates (%1 checked).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/comparedialog.cpp" line="193" />
      <source>Compare candidates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/comparedialog.cpp" line="194" />
      <source>C&amp;andidates:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/comparedialog.cpp" line="195" />
      <source>&amp;Question:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/comparedialog.cpp" line="196" />
      <source>&amp;Compare</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Protostar::DocumentListModel</name>
    <message>
      <location filename="../widgets/models/documentlistmodel.cpp" line="81" />
      <source>Document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/models/documentlistmodel.cpp" line="83" />
      <source>Format</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/models/documentlistmodel.cpp" line="85" />
      <source>Pages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/models/documentlistmodel.cpp" line="87" />
      <source>Passages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/models/documentlistmodel.cpp" line="89" />
      <source>Imported</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Protostar::DocumentViewer</name>
    <message>
      <location filename="../widgets/documentviewer.cpp" line="126" />
      <source>Select a document, or click a citation [n] in an answer to see its source paragraph.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/documentviewer.cpp" line="134" />
      <source>page %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Protostar::ImportProgressModel</name>
    <message numerus="yes">
      <location filename="../widgets/models/importprogressmodel.cpp" line="39" />
      <source>%1 · %n passage(s)</source>
      <translation>
        <numerusform>%1 · %n passage</numerusform>
        <numerusform>%1 · %n passages</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../widgets/models/importprogressmodel.cpp" line="112" />
      <source>Importing…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/models/importprogressmodel.cpp" line="114" />
      <source>Imported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/models/importprogressmodel.cpp" line="116" />
      <source>Unchanged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/models/importprogressmodel.cpp" line="118" />
      <source>Failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/models/importprogressmodel.cpp" line="120" />
      <source>Cancelled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/models/importprogressmodel.cpp" line="182" />
      <source>File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/models/importprogressmodel.cpp" line="184" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/models/importprogressmodel.cpp" line="186" />
      <source>Details</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Protostar::ImportProgressWidget</name>
    <message>
      <location filename="../widgets/importprogresswidget.cpp" line="75" />
      <source>%1 of %2 files</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../widgets/importprogresswidget.cpp" line="77" />
      <source>%n failed</source>
      <translation>
        <numerusform>%n failed</numerusform>
        <numerusform>%n failed</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../widgets/importprogresswidget.cpp" line="81" />
      <source>estimating time left…</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../widgets/importprogresswidget.cpp" line="83" />
      <source>about %n second(s) left</source>
      <translation>
        <numerusform>about %n second left</numerusform>
        <numerusform>about %n seconds left</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../widgets/importprogresswidget.cpp" line="85" />
      <source>about %n minute(s) left</source>
      <translation>
        <numerusform>about %n minute left</numerusform>
        <numerusform>about %n minutes left</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../widgets/importprogresswidget.cpp" line="87" />
      <source>done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/importprogresswidget.cpp" line="101" />
      <source>&amp;Cancel import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/importprogresswidget.cpp" line="102" />
      <source>Hide</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Protostar::MainWindow</name>
    <message>
      <location filename="../widgets/mainwindow.cpp" line="158" />
      <source>The demo corpus was not found; import your own documents with File ▸ Import.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/mainwindow.cpp" line="168" />
      <source>First start: importing the demo candidates…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/mainwindow.cpp" line="186" />
      <source>Delete conversation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/mainwindow.cpp" line="186" />
      <source>Delete this conversation and its history?</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../widgets/mainwindow.cpp" line="228" />
      <location filename="../widgets/mainwindowactions.cpp" line="142" />
      <source>Index: %n passage(s)</source>
      <translation>
        <numerusform>Index: %n passage</numerusform>
        <numerusform>Index: %n passages</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../widgets/mainwindow.cpp" line="246" />
      <source>Resuming the import that was interrupted last time…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/mainwindow.cpp" line="273" />
      <source>Import finished: %1 imported, %2 unchanged, %3 failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/mainwindow.cpp" line="329" />
      <source>Searching the documents…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/mainwindow.cpp" line="340" />
      <source>First words after %1 ms…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/mainwindow.cpp" line="340" />
      <source>Answering…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/mainwindow.cpp" line="354" />
      <source>Answered in %1 ms</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../widgets/mainwindow.cpp" line="355" />
      <source>%n source(s) cited</source>
      <translation>
        <numerusform>%n source cited</numerusform>
        <numerusform>%n sources cited</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../widgets/mainwindow.cpp" line="356" />
      <source>%n related passage(s)</source>
      <translation>
        <numerusform>%n related passage</numerusform>
        <numerusform>%n related passages</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../widgets/mainwindow.cpp" line="368" />
      <location filename="../widgets/mainwindow.cpp" line="381" />
      <source>Stopped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/mainwindow.cpp" line="378" />
      <source>Stopped by you.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="37" />
      <source>Import documents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="38" />
      <source>Documents (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="38" />
      <source>All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="43" />
      <source>Import a folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="49" />
      <source>Link a folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="55" />
      <source>Watching %1: new and changed files are imported in the background.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="74" />
      <source>Delete candidates</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../widgets/mainwindowactions.cpp" line="75" />
      <source>Delete %n candidate(s) with all their documents? This cannot be undone.</source>
      <translation>
        <numerusform>Delete %n candidate with all their documents? This cannot be undone.</numerusform>
        <numerusform>Delete %n candidates with all their documents? This cannot be undone.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="123" />
      <source>Protostar — candidates' documents, answered with sources</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="124" />
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="125" />
      <source>&amp;Import Files…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="126" />
      <source>Import &amp;Folder…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="127" />
      <source>&amp;Link Folder (watch for changes)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="128" />
      <source>&amp;Settings…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="129" />
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="130" />
      <source>&amp;Candidates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="131" />
      <source>&amp;Find Candidate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="132" />
      <source>&amp;Compare Candidates…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="133" />
      <source>&amp;Delete Selected Candidates…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="134" />
      <source>C&amp;hat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="135" />
      <source>&amp;Ask a Question</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="136" />
      <source>&amp;New Conversation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="137" />
      <source>&amp;Stop Generating</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="138" />
      <source>Import progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="139" />
      <source>Show &amp;Import Progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="140" />
      <source>S&amp;ources of the last answer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/mainwindowactions.cpp" line="144" />
      <source>Preparing the index…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Protostar::SessionListModel</name>
    <message numerus="yes">
      <location filename="../widgets/models/sessionlistmodel.cpp" line="45" />
      <source>%n question(s), last %1</source>
      <translation>
        <numerusform>%n question, last %1</numerusform>
        <numerusform>%n questions, last %1</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Protostar::SessionPanel</name>
    <message>
      <location filename="../widgets/sessionpanel.cpp" line="101" />
      <source>Sessi&amp;ons</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/sessionpanel.cpp" line="102" />
      <source>&amp;New</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/sessionpanel.cpp" line="103" />
      <source>Start a new conversation (Ctrl+N)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/sessionpanel.cpp" line="104" />
      <source>&amp;Rename</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/sessionpanel.cpp" line="105" />
      <source>Rename the selected conversation (F2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/sessionpanel.cpp" line="106" />
      <source>Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/sessionpanel.cpp" line="107" />
      <source>Delete the selected conversation (Del)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Protostar::SettingsDialog</name>
    <message>
      <location filename="../widgets/settingsdialog.cpp" line="68" />
      <source>Data folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/settingsdialog.cpp" line="128" />
      <source>Settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/settingsdialog.cpp" line="129" />
      <source>&amp;Language:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/settingsdialog.cpp" line="130" />
      <source>Answer &amp;provider:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/settingsdialog.cpp" line="131" />
      <source>Extractive (offline, quotes the documents)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/settingsdialog.cpp" line="132" />
      <source>OpenAI-compatible server</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/settingsdialog.cpp" line="133" />
      <source>&amp;Base URL:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/settingsdialog.cpp" line="134" />
      <source>&amp;Model:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/settingsdialog.cpp" line="135" />
      <source>Saved for later: this version answers with the extractive provider.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/settingsdialog.cpp" line="136" />
      <source>&amp;Data folder:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/settingsdialog.cpp" line="137" />
      <source>Default location</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/settingsdialog.cpp" line="138" />
      <source>&amp;Browse…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/settingsdialog.cpp" line="139" />
      <source>A new data folder is used the next time Protostar starts.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Protostar::TranscriptView</name>
    <message>
      <location filename="../widgets/transcriptview.cpp" line="89" />
      <source>Ask about the candidates' documents, in Korean or English. Every answer cites the paragraph it comes from.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/transcriptview.cpp" line="104" />
      <source>Q:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/transcriptview.cpp" line="110" />
      <location filename="../widgets/transcriptview.cpp" line="114" />
      <source>Not found in the documents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/transcriptview.cpp" line="122" />
      <source>Related passages (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../widgets/transcriptview.cpp" line="145" />
      <source>Sources:</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
