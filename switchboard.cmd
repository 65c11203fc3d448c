@echo off
rem Switchboard launcher for Windows: finds Java 21+ (JAVA_HOME, then java on the PATH), builds
rem server\target\switchboard.jar when it is missing, and runs it.
rem   switchboard demo  [--port N] [--data DIR]    start with the demo contact centre
rem   switchboard serve [--port N] [--data DIR]    start without demo data
rem   switchboard --help                           every command of the jar
rem   switchboard rebuild                          rebuild the jar from source
setlocal EnableDelayedExpansion
set "ROOT=%~dp0"
set "JAR=%ROOT%server\target\switchboard.jar"
set "JDK="

if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" call :probe "%JAVA_HOME%\bin\java.exe"
if not defined JDK for /f "delims=" %%j in ('where java 2^>nul') do if not defined JDK call :probe "%%j"
if not defined JDK (
    echo switchboard: no Java 21 or newer found in JAVA_HOME or on the PATH. 1>&2
    echo   Install a JDK 21 or newer, for example: winget install EclipseAdoptium.Temurin.25.JDK 1>&2
    echo   or download Temurin from https://adoptium.net, then open a new terminal or set JAVA_HOME. 1>&2
    exit /b 1
)

set "BUILD="
if /i "%~1"=="rebuild" set "BUILD=1"
if not exist "%JAR%" set "BUILD=1"
if defined BUILD (
    if not exist "!JDK!\bin\javac.exe" (
        echo switchboard: !JDK! is a Java runtime without javac; building the jar needs a JDK 21 or newer. 1>&2
        exit /b 1
    )
    echo switchboard: building server\target\switchboard.jar with !JDK! ... 1>&2
    pushd "%ROOT%"
    set "JAVA_HOME=!JDK!"
    call mvnw.cmd -q -B -DskipTests -pl server -am package
    set "STATUS=!ERRORLEVEL!"
    popd
    if not "!STATUS!"=="0" (
        echo switchboard: the build failed ^(see above^). 1>&2
        exit /b 1
    )
    if /i "%~1"=="rebuild" exit /b 0
)
"!JDK!\bin\java.exe" --enable-native-access=ALL-UNNAMED -jar "%JAR%" %*
exit /b %ERRORLEVEL%

rem Sets JDK to the Java home of %1 when it is Java 21 or newer.
:probe
set "HOME_FOUND="
set "SPEC="
for /f "tokens=1,* delims==" %%a in ('"%~1" -XshowSettings:properties -version 2^>^&1 ^| findstr /c:java.home /c:java.specification.version') do (
    set "KEY=%%a"
    set "VALUE=%%b"
    set "KEY=!KEY: =!"
    if "!VALUE:~0,1!"==" " set "VALUE=!VALUE:~1!"
    if "!KEY!"=="java.home" set "HOME_FOUND=!VALUE!"
    if "!KEY!"=="java.specification.version" set "SPEC=!VALUE!"
)
if not defined SPEC exit /b 0
if "!SPEC:~0,2!"=="1." exit /b 0
if !SPEC! GEQ 21 set "JDK=!HOME_FOUND!"
exit /b 0
