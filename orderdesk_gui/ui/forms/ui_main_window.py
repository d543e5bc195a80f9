"""Generated from forms/main_window.ui by tools/build_forms.py; do not edit."""
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QDockWidget, QHBoxLayout, QLabel,
    QLineEdit, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QSplitter, QStatusBar, QVBoxLayout,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1366, 800)
        self.actionSignOut = QAction(MainWindow)
        self.actionSignOut.setObjectName(u"actionSignOut")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionFind = QAction(MainWindow)
        self.actionFind.setObjectName(u"actionFind")
        self.actionOpenCard = QAction(MainWindow)
        self.actionOpenCard.setObjectName(u"actionOpenCard")
        self.actionClearSearch = QAction(MainWindow)
        self.actionClearSearch.setObjectName(u"actionClearSearch")
        self.actionShowJournal = QAction(MainWindow)
        self.actionShowJournal.setObjectName(u"actionShowJournal")
        self.actionRefresh = QAction(MainWindow)
        self.actionRefresh.setObjectName(u"actionRefresh")
        self.actionShortcuts = QAction(MainWindow)
        self.actionShortcuts.setObjectName(u"actionShortcuts")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QVBoxLayout(self.centralwidget)
        self.centralLayout.setSpacing(6)
        self.centralLayout.setObjectName(u"centralLayout")
        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.searchLabel = QLabel(self.centralwidget)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchRow.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(self.centralwidget)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.searchEdit)

        self.searchHint = QLabel(self.centralwidget)
        self.searchHint.setObjectName(u"searchHint")

        self.searchRow.addWidget(self.searchHint)


        self.centralLayout.addLayout(self.searchRow)

        self.mainSplitter = QSplitter(self.centralwidget)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.mainSplitter.setChildrenCollapsible(False)
        self.cardHost = QWidget(self.mainSplitter)
        self.cardHost.setObjectName(u"cardHost")
        self.cardHostLayout = QVBoxLayout(self.cardHost)
        self.cardHostLayout.setObjectName(u"cardHostLayout")
        self.cardHostLayout.setContentsMargins(0, 0, 0, 0)
        self.mainSplitter.addWidget(self.cardHost)
        self.orderHost = QWidget(self.mainSplitter)
        self.orderHost.setObjectName(u"orderHost")
        self.orderHostLayout = QVBoxLayout(self.orderHost)
        self.orderHostLayout.setObjectName(u"orderHostLayout")
        self.orderHostLayout.setContentsMargins(0, 0, 0, 0)
        self.mainSplitter.addWidget(self.orderHost)
        self.suggestionsHost = QWidget(self.mainSplitter)
        self.suggestionsHost.setObjectName(u"suggestionsHost")
        self.suggestionsHostLayout = QVBoxLayout(self.suggestionsHost)
        self.suggestionsHostLayout.setObjectName(u"suggestionsHostLayout")
        self.suggestionsHostLayout.setContentsMargins(0, 0, 0, 0)
        self.mainSplitter.addWidget(self.suggestionsHost)

        self.centralLayout.addWidget(self.mainSplitter)

        self.centralLayout.setStretch(1, 1)
        MainWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuClient = QMenu(self.menubar)
        self.menuClient.setObjectName(u"menuClient")
        self.menuView = QMenu(self.menubar)
        self.menuView.setObjectName(u"menuView")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)
        self.journalDock = QDockWidget(MainWindow)
        self.journalDock.setObjectName(u"journalDock")
        self.journalDock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable|QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.journalHost = QWidget()
        self.journalHost.setObjectName(u"journalHost")
        self.journalHostLayout = QVBoxLayout(self.journalHost)
        self.journalHostLayout.setObjectName(u"journalHostLayout")
        self.journalHostLayout.setContentsMargins(0, 0, 0, 0)
        self.journalDock.setWidget(self.journalHost)
        MainWindow.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.journalDock)
#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuClient.menuAction())
        self.menubar.addAction(self.menuView.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionSignOut)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuClient.addAction(self.actionFind)
        self.menuClient.addAction(self.actionOpenCard)
        self.menuClient.addAction(self.actionClearSearch)
        self.menuView.addAction(self.actionShowJournal)
        self.menuView.addAction(self.actionRefresh)
        self.menuHelp.addAction(self.actionShortcuts)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"OrderDesk", None))
        self.actionSignOut.setText(QCoreApplication.translate("MainWindow", u"Sign &out", None))
#if QT_CONFIG(shortcut)
        self.actionSignOut.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+L", None))
#endif // QT_CONFIG(shortcut)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionFind.setText(QCoreApplication.translate("MainWindow", u"&Find caller or client", None))
#if QT_CONFIG(shortcut)
        self.actionFind.setShortcut(QCoreApplication.translate("MainWindow", u"F3", None))
#endif // QT_CONFIG(shortcut)
        self.actionOpenCard.setText(QCoreApplication.translate("MainWindow", u"&Open selected card", None))
#if QT_CONFIG(shortcut)
        self.actionOpenCard.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Return", None))
#endif // QT_CONFIG(shortcut)
        self.actionClearSearch.setText(QCoreApplication.translate("MainWindow", u"&Clear search", None))
#if QT_CONFIG(shortcut)
        self.actionClearSearch.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+X", None))
#endif // QT_CONFIG(shortcut)
        self.actionShowJournal.setText(QCoreApplication.translate("MainWindow", u"Call &journal", None))
#if QT_CONFIG(shortcut)
        self.actionShowJournal.setShortcut(QCoreApplication.translate("MainWindow", u"F9", None))
#endif // QT_CONFIG(shortcut)
        self.actionRefresh.setText(QCoreApplication.translate("MainWindow", u"&Refresh", None))
#if QT_CONFIG(shortcut)
        self.actionRefresh.setShortcut(QCoreApplication.translate("MainWindow", u"F5", None))
#endif // QT_CONFIG(shortcut)
        self.actionShortcuts.setText(QCoreApplication.translate("MainWindow", u"&Keyboard shortcuts", None))
#if QT_CONFIG(shortcut)
        self.actionShortcuts.setShortcut(QCoreApplication.translate("MainWindow", u"F1", None))
#endif // QT_CONFIG(shortcut)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About OrderDesk", None))
        self.searchLabel.setText(QCoreApplication.translate("MainWindow", u"&Caller / client:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Phone, client code, BIN/IIN or part of the name", None))
        self.searchHint.setText(QCoreApplication.translate("MainWindow", u"F3 search \u00b7 Enter open \u00b7 Esc clear", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuClient.setTitle(QCoreApplication.translate("MainWindow", u"&Client", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
        self.journalDock.setWindowTitle(QCoreApplication.translate("MainWindow", u"Call journal: today", None))
    # retranslateUi
