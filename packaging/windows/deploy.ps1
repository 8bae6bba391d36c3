# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the Windows installer: copies the built opensteps.exe into a folder with every Qt
# library, plugin and QML module it needs (windeployqt, which Qt's installer puts beside qmake),
# then compiles opensteps.nsi around that folder. Run from a shell where Qt's bin is on PATH:
#   powershell -File packaging\windows\deploy.ps1 -Exe build\bin\Release\opensteps.exe `
#     -ExtraDlls C:\keychain\bin\qt6keychain.dll
param(
    [Parameter(Mandatory = $true)][string]$Exe,
    [string[]]$ExtraDlls = @(),
    [string]$Version = "0.1.0",
    [string]$OutDir = "dist"
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$here = $PSScriptRoot
$source = Resolve-Path "$here\..\.."
$deploy = Join-Path (New-Item -ItemType Directory -Force $OutDir) "deploy"
if (Test-Path $deploy) { Remove-Item -Recurse -Force $deploy }
New-Item -ItemType Directory $deploy | Out-Null

Copy-Item $Exe $deploy
# DLLs the build put beside the exe (e.g. sqlite3.dll from vcpkg): windeployqt copies only Qt's.
Get-ChildItem (Split-Path $Exe) -Filter *.dll | Copy-Item -Destination $deploy
foreach ($dll in $ExtraDlls) { Copy-Item $dll $deploy }
# --qmldir: the QML modules the app's QML imports; the compiler runtime so no VC++ redist is needed.
windeployqt --release --compiler-runtime --qmldir "$source\qml" "$deploy\opensteps.exe"
if ($LASTEXITCODE -ne 0) { throw "windeployqt failed ($LASTEXITCODE)" }

makensis "-DVERSION=$Version" "-DDEPLOY_DIR=$deploy" `
    "-DOUTFILE=$((Resolve-Path $OutDir).Path)\OpenSteps-$Version-win64.exe" "$here\opensteps.nsi"
if ($LASTEXITCODE -ne 0) { throw "makensis failed ($LASTEXITCODE)" }
