; Inno Setup 6 script: OrderDesk installer for Windows, built from the PyInstaller one-folder bundle.
;   python tools\build_bundle.py --no-pack     (makes dist\orderdesk)
;   iscc packaging\windows\orderdesk.iss       (makes dist\OrderDesk-Setup-<version>.exe)
; Per-user install without admin rights by default (the dialog offers "for all users").
; Uninstall removes the program only: settings and databases in the user's data folder stay.

#define AppVersion "0.1.0"

[Setup]
AppId={{6E1B7C5E-3C7A-4F0E-9F4B-0D5A4E2C9A17}
AppName=OrderDesk
AppVersion={#AppVersion}
AppPublisher=OrderDesk
DefaultDirName={autopf}\OrderDesk
DefaultGroupName=OrderDesk
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=OrderDesk-Setup-{#AppVersion}
SetupIconFile=..\..\resources\icons\orderdesk.ico
UninstallDisplayIcon={app}\orderdesk.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
InfoAfterFile=after_install.txt

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Files]
Source: "..\..\dist\orderdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\OrderDesk"; Filename: "{app}\orderdesk.exe"
Name: "{group}\OrderDesk (demo)"; Filename: "{app}\orderdesk.exe"; Parameters: "--demo"
Name: "{group}\Uninstall OrderDesk"; Filename: "{uninstallexe}"

[Run]
Filename: "{app}\orderdesk.exe"; Description: "Start OrderDesk"; Flags: nowait postinstall skipifsilent
