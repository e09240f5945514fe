; Inno Setup script: the Windows installer for packstation, made from the one-folder app that
; `python installer/build.py` leaves in build\dist\packstation. Compile with Inno Setup 6:
;   iscc installer\packstation.iss
; It installs for all users under Program Files, adds a Start-menu entry (and, if asked, a
; desktop icon) that opens the window, and an uninstaller. The database stays in each user's
; data folder (or on the warehouse's PostgreSQL server) and is never removed by uninstalling.

#define AppName "packstation"
#define AppVersion "0.1.0"
#define Dist "..\build\dist\packstation"

[Setup]
AppId={{6E1D7A52-3C0B-4D0C-9C4E-2F5A9A1B7E31}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=packstation
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
OutputDir=..\build\installer
OutputBaseFilename=packstation-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern
UninstallDisplayIcon={app}\packstation-window.exe

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "cs"; MessagesFile: "compiler:Languages\Czech.isl"
Name: "uk"; MessagesFile: "compiler:Languages\Ukrainian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Dist}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\packstation"; Filename: "{app}\packstation-window.exe"; Comment: "Scan, verify and pack orders"
Name: "{group}\packstation self-test"; Filename: "{app}\packstation.exe"; Parameters: "self-test"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\packstation"; Filename: "{app}\packstation-window.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\packstation-window.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
