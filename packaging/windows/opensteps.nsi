; SPDX-License-Identifier: GPL-3.0-or-later
; The Windows installer: one per-machine install for every account on a shared PC. IT installs
; it silently with the hub's presets as properties, written where the app reads them
; (QSettings(SystemScope, "OpenSteps", "opensteps"): HKLM\Software\OpenSteps\opensteps):
;   OpenSteps-0.1.0-win64.exe /S /HUBID="leeds-central" /HUBNAME="Leeds Central Library"
;     /DATADIR="D:\OpenSteps" /LRSENDPOINT="https://lrs.example.org/xAPI/" /IDLEMINUTES="10"
; Quote every value: an unquoted / (as in a web address) would start the next property.
; Only the properties given are written, so a later install keeps the rest. Build it with
;   makensis -DVERSION=0.1.0 -DDEPLOY_DIR=<folder from deploy.ps1> opensteps.nsi
; (packaging_lint compiles it on Linux with a stand-in folder, so no Windows build is needed).

Unicode true
ManifestDPIAware true
RequestExecutionLevel admin
SetCompressor /SOLID lzma

!ifndef VERSION
  !define VERSION 0.1.0
!endif
!ifndef DEPLOY_DIR
  !define DEPLOY_DIR deploy
!endif
!ifndef OUTFILE
  !define OUTFILE OpenSteps-${VERSION}-win64.exe
!endif
!define PRESETS_KEY "Software\OpenSteps\opensteps"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\OpenSteps"

!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh
!include x64.nsh

Name "OpenSteps"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\OpenSteps"
BrandingText "OpenSteps ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "OpenSteps"
VIAddVersionKey "FileDescription" "OpenSteps installer"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "LegalCopyright" "GPL-3.0-or-later"

!define MUI_ICON "opensteps.ico"
!define MUI_UNICON "opensteps.ico"
!insertmacro MUI_PAGE_LICENSE "../../LICENSE"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

; Each preset: the installer property, the registry value (the app's key) and a variable.
!macro PRESETS DO
  !insertmacro ${DO} DATADIR dataDir
  !insertmacro ${DO} HUBID hubId
  !insertmacro ${DO} HUBNAME hubName
  !insertmacro ${DO} LRSENDPOINT lrsEndpoint
  !insertmacro ${DO} LRSKEY lrsKey
  !insertmacro ${DO} LRSSECRETFILE lrsSecretFile
  !insertmacro ${DO} IDLEMINUTES idleMinutes
  !insertmacro ${DO} GUESTALLOWED guestAllowed
  !insertmacro ${DO} KIOSK kiosk
  !insertmacro ${DO} RENDERER renderer
  !insertmacro ${DO} LOCALE locale
  !insertmacro ${DO} PROGRAMMEIRI programmeIri
!macroend
!macro DECLARE PROPERTY VALUE
  Var Preset${PROPERTY}
!macroend
!macro READ PROPERTY VALUE
  ClearErrors
  ${GetOptions} $R0 "/${PROPERTY}=" $Preset${PROPERTY}
  ${If} ${Errors}
    StrCpy $Preset${PROPERTY} ""
  ${EndIf}
!macroend
!macro WRITE PROPERTY VALUE
  ${If} $Preset${PROPERTY} != ""
    WriteRegStr HKLM "${PRESETS_KEY}" "${VALUE}" $Preset${PROPERTY}
    DetailPrint "Preset ${VALUE}=$Preset${PROPERTY}"
  ${EndIf}
!macroend
!insertmacro PRESETS DECLARE

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "OpenSteps needs 64-bit Windows." /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64 ; the app is 64-bit: its registry view, not WOW6432Node
  SetShellVarContext all
  ${GetParameters} $R0
  !insertmacro PRESETS READ
FunctionEnd

Section "OpenSteps" SecApp
  SectionIn RO
  SetOutPath "$INSTDIR"
  File /r "${DEPLOY_DIR}/*.*"
  File "opensteps.ico"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\OpenSteps.lnk" "$INSTDIR\opensteps.exe" "" "$INSTDIR\opensteps.ico"
  CreateShortcut "$DESKTOP\OpenSteps.lnk" "$INSTDIR\opensteps.exe" "" "$INSTDIR\opensteps.ico"

  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "OpenSteps"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "The OpenSteps contributors"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\opensteps.ico"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" $0

  ; The data folder must be writable by every account that signs in, not only by IT's.
  ${If} $PresetDATADIR != ""
    CreateDirectory "$PresetDATADIR"
    nsExec::ExecToLog 'icacls "$PresetDATADIR" /grant *S-1-5-32-545:(OI)(CI)M /T /Q'
    Pop $0
  ${EndIf}
  !insertmacro PRESETS WRITE

  ; The app checks the presets with its own rules; a mistake fails a silent install (exit 3).
  nsExec::ExecToLog '"$INSTDIR\opensteps.exe" config check'
  Pop $0
  ${If} $0 != 0
    DetailPrint "The presets have a problem (above); OpenSteps leaves the wrong ones out."
    SetErrorLevel 3
  ${EndIf}
SectionEnd

Function un.onInit
  SetRegView 64
  SetShellVarContext all
FunctionEnd

; Removes the program, its shortcuts and the presets this installer wrote. Learners' data
; folder is never touched: it is theirs, and IT may move it to a new PC.
Section "Uninstall"
  Delete "$SMPROGRAMS\OpenSteps.lnk"
  Delete "$DESKTOP\OpenSteps.lnk"
  ${If} ${FileExists} "$INSTDIR\opensteps.exe"
    RMDir /r "$INSTDIR"
  ${EndIf}
  DeleteRegKey HKLM "${PRESETS_KEY}"
  DeleteRegKey /ifempty HKLM "Software\OpenSteps"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
SectionEnd
