; Inno Setup 6 script: ledarplan's Windows installer, from the PyInstaller folder.
;
; Built by packaging/build.py on Windows, which passes the version from pyproject.toml:
;   ISCC /DAppVersion=0.1.0 /DBundleDir=dist\ledarplan /DOutputDir=dist
;        /DIconFile=resources\icons\ledarplan.ico packaging\windows\ledarplan.iss
; Result: dist\ledarplan-<version>-setup.exe
;
; Installing (see packaging/README.md):
;   ledarplan-0.1.0-setup.exe                          asks: for all users or for me only
;   ledarplan-0.1.0-setup.exe /VERYSILENT /ALLUSERS /PRESETS="C:\path\organisation.toml"
;   ledarplan-0.1.0-setup.exe /VERYSILENT /CURRENTUSER
; /PRESETS copies the organisation's preset file to {app}\organisation.toml, where the program
; looks for it first (after the LEDARPLAN_PRESETS variable). It copies that one file: a logo,
; a pack file or a packs folder the file names must be given by absolute paths (a share every
; PC reads, or C:\ProgramData\ledarplan\...), as a relative path is taken from {app}.
;
; Not built or run on the project's Linux machine: the CI workflow
; (.github/workflows/installers.yml) compiles it and runs the installed program.
;
; This file is UTF-8 without a byte-order mark, which Inno Setup reads since version 6.3.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=x.y.z (packaging/build.py reads it from pyproject.toml)
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\ledarplan"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef IconFile
  #define IconFile "..\..\resources\icons\ledarplan.ico"
#endif
; The file version must be numbers only (0.1.0rc1 → 0.1.0.0).
#ifndef NumericVersion
  #define NumericVersion AppVersion
#endif

#define AppName "ledarplan"
#define AppExe "ledarplan.exe"
#define CliExe "ledarplan-cli.exe"
#define PlanProgId "ledarplan.plan"

; Recent Inno Setup 6 releases ship Swedish among their official translations; older ones
; do not (the CI workflow installs the current release).
#define SwedishMessages AddBackslash(CompilerPath) + "Languages\Swedish.isl"
#if !FileExists(SwedishMessages)
  #error Inno Setup's Swedish translation is missing (Languages\Swedish.isl): update Inno Setup 6
#endif

[Setup]
; Never change the AppId: Windows recognises upgrades and the uninstaller by it.
AppId={{58DA522B-548C-4910-B23D-BFD6A5FAD53C}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#NumericVersion}
VersionInfoProductName={#AppName}
VersionInfoProductTextVersion={#AppVersion}
; All users (Program Files, needs administrator rights) by default, as a roll-out does; a
; leader without those rights chooses "for me only" (%LOCALAPPDATA%\Programs). Silent
; installs choose with /ALLUSERS or /CURRENTUSER. {autopf} and HKA follow that choice.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog commandline
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 runs on Windows 10 version 1809 (build 17763) and newer.
MinVersion=10.0.17763
OutputDir={#OutputDir}
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
; A running ledarplan holds its files open: ask it to close (its typing is saved as it goes).
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "sv"; MessagesFile: "{#SwedishMessages}"
Name: "da"; MessagesFile: "compiler:Languages\Danish.isl"

[CustomMessages]
en.PlanFile=ledarplan plan
sv.PlanFile=ledarplan-plan
da.PlanFile=ledarplan-plan
en.AppComment=Your personal development plan as a leader
sv.AppComment=Din personliga utvecklingsplan som ledare
da.AppComment=Din personlige udviklingsplan som leder
en.PresetsMissing=The organisation's preset file was not found:%n%n%1
sv.PresetsMissing=Organisationens förinställningsfil hittades inte:%n%n%1
da.PresetsMissing=Organisationens forudindstillingsfil blev ikke fundet:%n%n%1

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the bundle's libraries as a whole: files an older version had and this one
; has not (a Qt plugin, a module of an older library) must not stay behind to be loaded by it.
; Only _internal, and only where ledarplan is installed (not in a folder chosen with /DIR that
; holds another program's _internal): the executables are replaced below, organisation.toml is
; kept.
Type: filesandordirs; Name: "{app}\_internal"; Check: LedarplanInstalledThere

[Files]
; The whole PyInstaller folder: ledarplan.exe (the window), ledarplan-cli.exe (the same
; program with a console, for scripts) and _internal\.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; The organisation's preset, when given: /PRESETS="C:\path\organisation.toml". Read at install
; time from where it lies (external); replaced by a later install that names one, kept by a
; later install that names none, removed with the program. Only this file is copied (see the
; top of this script for the files it names).
Source: "{code:PresetsFile}"; DestDir: "{app}"; DestName: "organisation.toml"; Flags: external ignoreversion; Check: PresetsGiven

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Registry]
; Plan files (plain and encrypted) open in ledarplan, which imports them (--open FILE).
Root: HKA; Subkey: "Software\Classes\{#PlanProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:PlanFile}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#PlanProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#PlanProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" --open ""%1"""
; Windows knows a file by its last extension only, so "x.ledarplan.json" is a .json file to
; it. ledarplan is offered under "Open with" for JSON files and never made their default: other
; JSON files stay with the program the user chose for them.
; (An empty string value: Inno Setup's "none" would create the key without the value. The
; default value of .json is never written.)
Root: HKA; Subkey: "Software\Classes\.json\OpenWithProgids"; ValueType: string; ValueName: "{#PlanProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".json"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" --open ""%1"""
; `ledarplan` in the Run dialog (Win+R) and in scripts' Start-Process.
Root: HKA; Subkey: "Software\Microsoft\Windows\CurrentVersion\App Paths\{#AppExe}"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Microsoft\Windows\CurrentVersion\App Paths\{#CliExe}"; ValueType: string; ValueName: ""; ValueData: "{app}\{#CliExe}"; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section, on purpose: the uninstaller removes only what this installer
; put in {app} and the registry. The user's data — the database, settings, backups, logs and
; HR's model packs in %LOCALAPPDATA%\ledarplan (before 0.2: %APPDATA%) — is never touched, so a reinstall or an upgrade
; finds every plan where it was.

[Code]
{ An earlier ledarplan is in the chosen folder (an upgrade or a repair). }
function LedarplanInstalledThere: Boolean;
begin
  Result := FileExists(ExpandConstant('{app}\{#AppExe}'));
end;

function PresetsGiven: Boolean;
begin
  Result := ExpandConstant('{param:PRESETS}') <> '';
end;

{ The preset's full path; a relative /PRESETS is taken from the folder setup was started in. }
function PresetsFile(Param: String): String;
begin
  Result := ExpandFileName(ExpandConstant('{param:PRESETS}'));
end;

{ A roll-out that names a preset file that is not there stops before installing anything,
  with exit code 1, rather than installing without the organisation's settings. }
function InitializeSetup: Boolean;
begin
  Result := True;
  if PresetsGiven and not FileExists(PresetsFile('')) then
  begin
    Log('Preset file not found: ' + PresetsFile(''));
    SuppressibleMsgBox(FmtMessage(CustomMessage('PresetsMissing'), [PresetsFile('')]),
      mbCriticalError, MB_OK, IDOK);
    Result := False;
  end;
end;
