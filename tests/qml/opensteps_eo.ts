<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="eo" sourcelanguage="en">
<context>
    <name>LanguagePage</name>
    <message>
        <source>Choose your language</source>
        <translation>Elektu vian lingvon</translation>
    </message>
</context>
</TS>
